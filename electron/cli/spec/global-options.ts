import type { OptionSpec } from './types.js';

/** Options every command accepts, before or after the command name. */
export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  {
    name: 'url',
    type: 'string',
    value: '<base>',
    description:
      'Gateway base URL (env AIHUBMIX_BASE_URL; default https://aihubmix.com, falling back to https://api.aihubmix.com when unreachable)',
  },
  {
    name: 'token',
    type: 'string',
    value: '<access token>',
    description:
      'System access token (env AIHUBMIX_ACCESS_TOKEN; else the one `hubmix login` or the app saved in the keychain)',
  },
  {
    name: 'api-key',
    type: 'string',
    value: '<sk-…>',
    description: 'Model API key for chat (env AIHUBMIX_API_KEY)',
  },
  {
    name: 'json',
    type: 'boolean',
    description: 'Machine-readable output on stdout (errors still go to stderr)',
  },
  {
    name: 'demo',
    type: 'boolean',
    description: 'Run against the built-in local AiHubMix-compatible server (no account needed)',
  },
  { name: 'help', type: 'boolean', short: 'h', description: 'Show help for the command' },
  { name: 'version', type: 'boolean', short: 'V', description: 'Print the version' },
];
