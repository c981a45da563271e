/**
 * The contract's channel names with no runtime dependency at all. The sandboxed preload imports
 * this file instead of contract.ts, because contract.ts pulls in zod and the preload must bundle
 * to one small CommonJS file that only requires `electron`. contract.ts checks at compile time
 * that these lists name exactly its channels, so they cannot drift apart.
 */

export const INVOKE_CHANNEL_NAMES = [
  'accounts:list',
  'accounts:test-token',
  'accounts:add',
  'accounts:start-demo',
  'accounts:switch',
  'accounts:rename',
  'accounts:set-base-url',
  'accounts:sign-out',
  'balance:get',
  'balance:refresh',
  'balance:open-top-up',
  'settings:get',
  'settings:update',
  'settings:set-thresholds',
  'settings:pause-alerts',
  'settings:secret-backend',
  'keys:list',
  'keys:get',
  'keys:create',
  'keys:update',
  'keys:set-enabled',
  'keys:delete',
  'keys:reveal',
  'keys:copy',
  'keys:available-models',
  'catalog:get',
  'catalog:first',
  'catalog:refresh',
  'catalog:changes',
  'catalog:mark-seen',
  'catalog:get-prefs',
  'catalog:set-prefs',
  'catalog:set-watchlist',
  'catalog:key-access',
  'app:info',
  'app:open-external',
  'chat:list',
  'chat:get',
  'chat:create',
  'chat:rename',
  'chat:delete',
  'chat:restore',
  'chat:search',
  'chat:export',
  'chat:send',
  'chat:stop',
  'chat:active',
  'chat:regenerate',
  'chat:estimate',
  'chat:keys',
  'chat:set-key',
  'chat:create-key',
  'chat:reprice',
  'chat:open-link',
] as const;

export const EVENT_CHANNEL_NAMES = [
  'balance:changed',
  'balance:alert',
  'accounts:changed',
  'settings:changed',
  'catalog:changed',
  'catalog:watch-alert',
  'app:navigate',
  'chat:delta',
  'chat:done',
] as const;

export type InvokeChannelName = (typeof INVOKE_CHANNEL_NAMES)[number];
export type EventChannelName = (typeof EVENT_CHANNEL_NAMES)[number];
