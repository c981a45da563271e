import { memo } from 'react';
import { Checkbox, DropdownMenu, Switch } from 'radix-ui';
import { useTranslation } from 'react-i18next';

import type { ApiKeyView } from '../../../../electron/shared/ipc/views.js';
import { CheckIcon, CopyIcon, DotsIcon, PencilIcon, TrashIcon } from '../../ui/icons.js';
import {
  ExpiryCell,
  IconButton,
  LimitsCell,
  QuotaCell,
  SecretCell,
  StatusBadge,
} from './key-cells.js';

export interface KeyRowActions {
  select: (id: number, on: boolean) => void;
  setEnabled: (key: ApiKeyView, enabled: boolean) => void;
  copy: (ids: number[]) => void;
  reveal: (id: number) => void;
  hide: (id: number) => void;
  edit: (key: ApiKeyView) => void;
  remove: (keys: ApiKeyView[]) => void;
}

/** One key; memoized so typing in the search box re-renders only rows that changed. */
export const KeyRow = memo(function KeyRow({
  keyView,
  index,
  selected,
  revealed,
  now,
  actions,
  top,
}: {
  keyView: ApiKeyView;
  index: number;
  selected: boolean;
  revealed: string | undefined;
  now: Date;
  actions: KeyRowActions;
  top: number;
}) {
  const { t } = useTranslation();
  const name = keyView.name;
  return (
    <div
      className="key-row"
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-key-id={keyView.id}
      style={{ transform: `translateY(${top}px)` }}
    >
      <div role="cell" className="cell-check">
        <Checkbox.Root
          className="checkbox"
          checked={selected}
          aria-label={t('keys.selectKey', { name })}
          onCheckedChange={(on) => actions.select(keyView.id, on === true)}
        >
          <Checkbox.Indicator>
            <CheckIcon width={11} height={11} />
          </Checkbox.Indicator>
        </Checkbox.Root>
      </div>
      <div role="cell" className="cell-name" title={name}>
        {name}
      </div>
      <div role="cell">
        <StatusBadge status={keyView.status} />
      </div>
      <div role="cell">
        <SecretCell
          keyView={keyView}
          revealed={revealed}
          onCopy={() => actions.copy([keyView.id])}
          onReveal={() => actions.reveal(keyView.id)}
          onHide={() => actions.hide(keyView.id)}
        />
      </div>
      <div role="cell">
        <QuotaCell keyView={keyView} />
      </div>
      <div role="cell">
        <ExpiryCell keyView={keyView} now={now} />
      </div>
      <div role="cell">
        <LimitsCell keyView={keyView} />
      </div>
      <div role="cell">
        <Switch.Root
          className="switch"
          checked={keyView.status === 'enabled'}
          aria-label={t('keys.toggle', { name })}
          onCheckedChange={(on) => actions.setEnabled(keyView, on)}
        >
          <Switch.Thumb className="switch-thumb" />
        </Switch.Root>
      </div>
      <div role="cell" className="cell-actions">
        <IconButton label={t('keys.editKey', { name })} onClick={() => actions.edit(keyView)}>
          <PencilIcon />
        </IconButton>
        <DropdownMenu.Root>
          <DropdownMenu.Trigger
            className="btn btn-icon"
            aria-label={t('keys.moreActions', { name })}
          >
            <DotsIcon />
          </DropdownMenu.Trigger>
          <DropdownMenu.Portal>
            <DropdownMenu.Content className="menu" align="end" sideOffset={4}>
              <DropdownMenu.Item className="menu-item" onSelect={() => actions.edit(keyView)}>
                <PencilIcon /> {t('app.edit')}
              </DropdownMenu.Item>
              <DropdownMenu.Item
                className="menu-item"
                disabled={!keyView.revealable}
                onSelect={() => actions.copy([keyView.id])}
              >
                <CopyIcon /> {t('created.copy')}
              </DropdownMenu.Item>
              <DropdownMenu.Separator className="menu-separator" />
              <DropdownMenu.Item
                className="menu-item menu-danger"
                onSelect={() => actions.remove([keyView])}
              >
                <TrashIcon /> {t('app.delete')}
              </DropdownMenu.Item>
            </DropdownMenu.Content>
          </DropdownMenu.Portal>
        </DropdownMenu.Root>
      </div>
    </div>
  );
});
