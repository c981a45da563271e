import { z } from 'zod';

import { alertThresholdSchema, settingsPatchSchema } from '../domain/settings.js';
import type { AppSettings } from '../domain/settings.js';
import type { MonitorState, BalanceAlert } from '../domain/balance.js';
import type { SecretBackendStatus } from '../domain/secrets.js';
import type {
  AccountsView,
  AccountView,
  ApiKeyView,
  AppInfoView,
  AppView,
  BalanceView,
  CatalogFirstView,
  CatalogView,
  CopyKeysView,
  CreatedKeyView,
  TokenCheckView,
} from './views.js';
import { keyDraftSchema, keyPatchSchema } from './key-schemas.js';
import { catalogPrefsPatchSchema, type CatalogPrefs } from './catalog-schemas.js';
import type { CatalogChanges, CatalogWatchAlert } from '../domain/catalog-changes.js';
import type { KeyAccessView } from '../domain/catalog-key-access.js';
import { chatRequestSchemas } from './chat-schemas.js';
import type {
  ChatActiveView,
  ChatDeltaEvent,
  ChatDoneEvent,
  ChatEstimateView,
  ChatExportView,
  ChatKeysView,
  ChatRepriceView,
  ChatSearchHit,
  ChatSendView,
  ConversationSummary,
  ConversationView,
} from './chat-views.js';
import { EVENT_CHANNEL_NAMES, INVOKE_CHANNEL_NAMES } from './channels.js';
import type { EventChannelName, InvokeChannelName } from './channels.js';

/**
 * The typed IPC contract: every channel the renderer may call, with the runtime schema main uses
 * to validate its request (the renderer is untrusted) and the type of its response. The preload
 * exposes one named function per channel (`'keys:set-enabled'` → `api.keys.setEnabled`), derived
 * from this object; the Electron edge and the browser-preview bridge both register handlers for
 * exactly these channels.
 */

const none = z.undefined();
const accountId = z.object({ id: z.string().min(1).max(64) }).strict();
const keyId = z.object({ id: z.number().int().positive() }).strict();
const baseUrl = z
  .string()
  .trim()
  .url()
  .refine((url) => /^https?:\/\//.test(url), 'The base URL must start with https:// or http://');
/** A pasted credential: generous bounds, trimmed; its format is judged by the handler. */
const pastedToken = z.string().trim().min(1, 'Paste the access token.').max(512);

export const requestSchemas = {
  // --- Accounts and connection ---
  'accounts:list': none,
  /** Checks a token against /api/user/self without saving it. */
  'accounts:test-token': z.object({ token: pastedToken, baseUrl: baseUrl.optional() }).strict(),
  /** Validates, stores the token in the keychain and makes the account active. */
  'accounts:add': z
    .object({
      token: pastedToken,
      baseUrl: baseUrl.optional(),
      name: z.string().trim().max(60).optional(),
    })
    .strict(),
  'accounts:start-demo': none,
  'accounts:switch': accountId,
  'accounts:rename': z
    .object({ id: z.string().min(1).max(64), name: z.string().trim().min(1).max(60) })
    .strict(),
  'accounts:set-base-url': z.object({ id: z.string().min(1).max(64), baseUrl }).strict(),
  /** Removes the account and deletes its token from the keychain. */
  'accounts:sign-out': accountId,

  // --- Balance ---
  'balance:get': none,
  'balance:refresh': none,
  /** Opens the AiHubMix top-up page in the browser and polls faster for a while. */
  'balance:open-top-up': none,

  // --- Settings ---
  'settings:get': none,
  'settings:update': settingsPatchSchema,
  'settings:set-thresholds': z
    .object({ thresholds: z.array(alertThresholdSchema).max(20) })
    .strict(),
  /** Mutes alerts until the given time (null: resume now). */
  'settings:pause-alerts': z.object({ until: z.string().datetime().nullable() }).strict(),
  'settings:secret-backend': none,

  // --- Keys ---
  'keys:list': none,
  'keys:get': keyId,
  'keys:create': keyDraftSchema,
  'keys:update': z.object({ id: z.number().int().positive(), patch: keyPatchSchema }).strict(),
  'keys:set-enabled': z.object({ id: z.number().int().positive(), enabled: z.boolean() }).strict(),
  'keys:delete': keyId,
  /** The user asked to see a key in full. */
  'keys:reveal': keyId,
  /** Copies full keys to the clipboard from main: the secret never reaches the renderer. */
  'keys:copy': z.object({ ids: z.array(z.number().int().positive()).min(1).max(1000) }).strict(),
  'keys:available-models': none,

  // --- Catalog ---
  'catalog:get': none,
  /** The saved view's first rows from the cached catalog (no request to the gateway). */
  'catalog:first': none,
  'catalog:refresh': none,
  /** New, removed and repriced models since the user last marked the catalog seen. */
  'catalog:changes': none,
  'catalog:mark-seen': none,
  /** The Models view's facets, sort, unit and watch list (they survive a restart). */
  'catalog:get-prefs': none,
  'catalog:set-prefs': catalogPrefsPatchSchema,
  'catalog:set-watchlist': z
    .object({ ids: z.array(z.string().trim().min(1).max(200)).max(500) })
    .strict(),
  /** Which of the account's keys may call which model. */
  'catalog:key-access': none,

  // --- App ---
  'app:info': none,
  /** Opens an https AiHubMix page in the browser after checking the URL. */
  'app:open-external': z.object({ url: z.string().url().max(2048) }).strict(),

  // --- Chat (chat-schemas.ts) ---
  ...chatRequestSchemas,
} satisfies Record<string, z.ZodType>;

export type InvokeChannel = keyof typeof requestSchemas;
export type InvokeRequest<C extends InvokeChannel> = z.input<(typeof requestSchemas)[C]>;
/** The request after validation (defaults applied, strings trimmed). */
export type ValidInvokeRequest<C extends InvokeChannel> = z.output<(typeof requestSchemas)[C]>;

export interface InvokeResponses {
  'accounts:list': AccountsView;
  'accounts:test-token': TokenCheckView;
  'accounts:add': AccountView;
  'accounts:start-demo': AccountView;
  'accounts:switch': AccountsView;
  'accounts:rename': AccountsView;
  'accounts:set-base-url': AccountsView;
  'accounts:sign-out': AccountsView;
  'balance:get': BalanceView;
  'balance:refresh': MonitorState;
  'balance:open-top-up': null;
  'settings:get': AppSettings;
  'settings:update': AppSettings;
  'settings:set-thresholds': AppSettings;
  'settings:pause-alerts': AppSettings;
  'settings:secret-backend': SecretBackendStatus;
  'keys:list': ApiKeyView[];
  'keys:get': ApiKeyView;
  'keys:create': CreatedKeyView;
  'keys:update': ApiKeyView;
  'keys:set-enabled': ApiKeyView;
  'keys:delete': { deleted: number };
  'keys:reveal': { key: string | null };
  'keys:copy': CopyKeysView;
  'keys:available-models': string[];
  'catalog:get': CatalogView;
  'catalog:first': CatalogFirstView | null;
  'catalog:refresh': CatalogView;
  'catalog:changes': CatalogChanges;
  'catalog:mark-seen': CatalogChanges;
  'catalog:get-prefs': CatalogPrefs;
  'catalog:set-prefs': CatalogPrefs;
  'catalog:set-watchlist': CatalogPrefs;
  'catalog:key-access': KeyAccessView;
  'app:info': AppInfoView;
  'app:open-external': null;
  'chat:list': ConversationSummary[];
  'chat:get': ConversationView;
  'chat:create': ConversationView;
  'chat:rename': ConversationSummary;
  'chat:delete': { deleted: string };
  'chat:restore': ConversationSummary;
  'chat:search': ChatSearchHit[];
  'chat:export': ChatExportView;
  'chat:send': ChatSendView;
  'chat:stop': { stopped: boolean };
  'chat:active': ChatActiveView[];
  'chat:regenerate': ChatSendView;
  'chat:estimate': ChatEstimateView;
  'chat:keys': ChatKeysView;
  'chat:set-key': ChatKeysView;
  'chat:create-key': ChatKeysView;
  'chat:reprice': ChatRepriceView;
  'chat:open-link': null;
}

export type InvokeResponse<C extends InvokeChannel> = InvokeResponses[C];

/** Events main pushes to the renderer. */
export interface EventPayloads {
  'balance:changed': MonitorState;
  'balance:alert': BalanceAlert;
  'accounts:changed': AccountsView;
  'settings:changed': AppSettings;
  'catalog:changed': CatalogView;
  /** A refresh changed a watch-listed model: the Electron edge may show a notification. */
  'catalog:watch-alert': CatalogWatchAlert;
  /** The tray or a notification asked the window to show a view. */
  'app:navigate': { view: AppView };
  /** Streamed text, batched in main: at most one event per ~17 ms per request. */
  'chat:delta': ChatDeltaEvent;
  /** An answer ended: complete, stopped, incomplete or failed, with its usage and cost. */
  'chat:done': ChatDoneEvent;
}

export type EventChannel = keyof EventPayloads;

// The names live in the zod-free channels.ts (the preload bundles it); both lists must name exactly
// the contract's channels, no more and no fewer, or this file stops compiling.
export const INVOKE_CHANNELS: InvokeChannel[] = [...INVOKE_CHANNEL_NAMES];

export const EVENT_CHANNELS = EVENT_CHANNEL_NAMES satisfies readonly EventChannel[];

type Mismatch<A, B> = Exclude<A, B> | Exclude<B, A>;
type InvokeMismatch = Mismatch<InvokeChannel, InvokeChannelName>;
type EventMismatch = Mismatch<EventChannel, EventChannelName>;
const _sameInvokeChannels: [InvokeMismatch] extends [never] ? true : InvokeMismatch = true;
const _sameEventChannels: [EventMismatch] extends [never] ? true : EventMismatch = true;
void _sameInvokeChannels;
void _sameEventChannels;
