import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../../fakes/electron/index.js'));

import { describeWatchAlert, showWatchNotification } from '../../../electron/main/notifications.js';
import { Notification, resetFakeElectron } from '../../fakes/electron/index.js';
import type { CatalogChanges } from '../../../electron/shared/domain/catalog-changes.js';

const changes = (partial: Partial<CatalogChanges>): CatalogChanges => ({
  since: null,
  added: [],
  removed: [],
  repriced: [],
  ...partial,
});

describe('watch-list notifications', () => {
  beforeEach(() => resetFakeElectron());

  it('names the repriced model with its change and counts the rest', () => {
    const message = describeWatchAlert({
      baseUrl: 'https://aihubmix.com',
      changes: changes({
        repriced: [
          {
            id: 'gpt-5',
            changes: [{ field: 'inputPerMTok', before: 1.25, after: 1, percent: -20 }],
          },
        ],
        added: ['gpt-6'],
      }),
    });
    expect(message.body).toBe('gpt-5 -20% in price, and 1 more.');
    expect(message.view).toBe('models');
  });

  it('says what was added or removed when no price changed', () => {
    expect(
      describeWatchAlert({ baseUrl: 'x', changes: changes({ removed: ['old-model'] }) }).body,
    ).toBe('old-model was removed.');
  });

  it('shows one notification that opens the Models view when clicked', () => {
    const shown: string[] = [];
    showWatchNotification({ baseUrl: 'x', changes: changes({ added: ['new-model'] }) }, (view) =>
      shown.push(view),
    );
    const [notification] = (
      Notification as unknown as { shown: Array<{ click(): void; body: string }> }
    ).shown;
    expect(notification?.body).toBe('new-model was added.');
    notification?.click();
    expect(shown).toEqual(['models']);
  });
});
