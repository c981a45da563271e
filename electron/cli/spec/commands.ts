import {
  KNOWN_FEATURES,
  KNOWN_MODALITIES,
  KNOWN_MODEL_TYPES,
} from '../../shared/domain/catalog.js';
import type { CommandSpec, OptionSpec } from './types.js';

const reveal: OptionSpec = {
  name: 'reveal',
  type: 'boolean',
  description: 'Show full keys instead of masked ones (when the gateway returned them)',
};
const yes: OptionSpec = {
  name: 'yes',
  type: 'boolean',
  short: 'y',
  description: 'Do not ask for confirmation',
};

/** create and update share these; update changes only the ones given. */
const keyFields: readonly OptionSpec[] = [
  { name: 'name', type: 'string', value: '<name>', description: 'Key name (at most 30 bytes)' },
  {
    name: 'quota-usd',
    type: 'string',
    value: '<usd>',
    description: 'Budget of the key in USD (without a quota option the key is unlimited)',
  },
  {
    name: 'unlimited',
    type: 'boolean',
    description: 'No per-key budget (the account balance still bounds it)',
  },
  {
    name: 'expires',
    type: 'string',
    value: 'never|<N>d|<N>h|<date>',
    description: 'When the key expires: never (the default), in N days or hours, or an ISO date',
  },
  {
    name: 'models',
    type: 'string',
    value: '<a,b>',
    description: 'Allow only these models ("" allows every model)',
  },
  {
    name: 'subnet',
    type: 'string',
    value: '<cidr,…>',
    description: 'Allow only these networks ("" allows any address)',
  },
];

export const SORT_CHOICES = ['default', 'price', 'context', 'coding'] as const;
export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export const WATCH_FORMATS = ['text', 'waybar'] as const;

export const COMMANDS: readonly CommandSpec[] = [
  {
    path: ['balance'],
    summary: 'Show the account balance',
    args: [],
    options: [],
    examples: [
      'hubmix balance',
      'hubmix balance --json | jq .balance_usd',
      'hubmix --demo balance',
    ],
  },
  {
    path: ['login'],
    summary: 'Save a system access token in the OS keychain',
    details:
      'Asks for the token (or reads it from stdin when piped), checks it against the gateway and saves it where the tray app reads it. Get the token on the AiHubMix settings page with "Generate System Access Token"; it is not an sk- model key.',
    args: [],
    options: [],
    examples: [
      'hubmix login',
      'printf %s "$TOKEN" | hubmix login',
      'hubmix --url https://api.aihubmix.com login',
    ],
  },
  {
    path: ['logout'],
    summary: 'Remove the saved token of the active account',
    args: [],
    options: [],
    examples: ['hubmix logout'],
  },
  {
    path: ['keys', 'list'],
    summary: 'List every API key (all pages)',
    args: [],
    options: [reveal],
    examples: [
      'hubmix keys list',
      'hubmix keys list --json | jq ".[] | select(.status==\\"enabled\\")"',
    ],
  },
  {
    path: ['keys', 'search'],
    summary: 'Find API keys by name',
    args: [{ name: 'keyword', required: true, description: 'Name (or part of it) to look for' }],
    options: [reveal],
    examples: ['hubmix keys search ci', 'hubmix keys search prod --json'],
  },
  {
    path: ['keys', 'show'],
    summary: 'Show one API key',
    args: [{ name: 'id', required: true, description: 'Numeric key id' }],
    options: [reveal],
    examples: ['hubmix keys show 42', 'hubmix keys show 42 --reveal --json | jq -r .key'],
  },
  {
    path: ['keys', 'create'],
    summary: 'Create an API key (its full key is shown this once)',
    details:
      'Without --quota-usd or --unlimited the key is unlimited; without --expires it never expires.',
    args: [],
    options: keyFields,
    examples: [
      'hubmix keys create --name ci',
      'hubmix keys create --name trial --quota-usd 5 --expires 30d --models gpt-4o-mini',
      'hubmix keys create --name office --subnet 203.0.113.0/24 --json',
    ],
  },
  {
    path: ['keys', 'update'],
    summary: 'Change an API key (only the fields given)',
    args: [{ name: 'id', required: true, description: 'Numeric key id' }],
    options: [...keyFields, reveal],
    examples: [
      'hubmix keys update 42 --name ci-2',
      'hubmix keys update 42 --quota-usd 10 --expires never',
      'hubmix keys update 42 --models ""',
    ],
  },
  {
    path: ['keys', 'enable'],
    summary: 'Enable an API key',
    args: [{ name: 'id', required: true, description: 'Numeric key id' }],
    options: [reveal],
    examples: ['hubmix keys enable 42'],
  },
  {
    path: ['keys', 'disable'],
    summary: 'Disable an API key',
    args: [{ name: 'id', required: true, description: 'Numeric key id' }],
    options: [reveal],
    examples: ['hubmix keys disable 42'],
  },
  {
    path: ['keys', 'delete'],
    summary: 'Delete an API key',
    details: 'Asks for confirmation on a terminal; needs --yes when stdin is not a terminal.',
    args: [{ name: 'id', required: true, description: 'Numeric key id' }],
    options: [yes],
    examples: ['hubmix keys delete 42', 'hubmix keys delete 42 --yes --json'],
  },
  {
    path: ['models'],
    summary: 'List the model catalog with prices',
    details:
      'Several values in --modalities or --features mean all of them. Sorting is numeric and done here. Prices are USD per 1M tokens.',
    args: [],
    options: [
      {
        name: 'type',
        type: 'string',
        value: '<type>',
        description: 'Only models of this type',
        choices: KNOWN_MODEL_TYPES,
      },
      {
        name: 'modalities',
        type: 'string',
        value: '<a,b>',
        description: 'Only models accepting all these inputs',
        choices: KNOWN_MODALITIES,
      },
      {
        name: 'features',
        type: 'string',
        value: '<a,b>',
        description: 'Only models with all these features',
        choices: KNOWN_FEATURES,
      },
      { name: 'search', type: 'string', value: '<text>', description: 'Only ids containing text' },
      {
        name: 'sort',
        type: 'string',
        value: SORT_CHOICES.join('|'),
        description: 'Sort order (default: the catalog order)',
        choices: SORT_CHOICES,
      },
      { name: 'desc', type: 'boolean', description: 'Reverse the sort' },
      {
        name: 'available',
        type: 'boolean',
        description: 'Mark which models your account can use (needs the access token)',
      },
    ],
    examples: [
      'hubmix models --type llm --features thinking,tools --sort price',
      'hubmix models --sort context --desc --json | jq ".[0].id"',
      'hubmix models --search claude --available',
    ],
  },
  {
    path: ['token', 'rotate'],
    summary: 'Generate a new system access token (the old one stops working at once)',
    args: [],
    options: [yes],
    examples: ['hubmix token rotate', 'hubmix token rotate --yes --json'],
  },
  {
    path: ['chat'],
    summary: 'Ask a model; the answer streams to stdout',
    details:
      'Reasoning, if any, goes to stderr. Use - to read the prompt from stdin. Ctrl-C stops the answer and keeps what came.',
    args: [{ name: 'prompt', required: true, description: 'The prompt, or - to read stdin' }],
    options: [
      { name: 'model', type: 'string', short: 'm', value: '<id>', description: 'Model id' },
      { name: 'system', type: 'string', short: 's', value: '<text>', description: 'System prompt' },
      { name: 'no-stream', type: 'boolean', description: 'Wait for the whole answer' },
    ],
    examples: [
      'hubmix chat -m gpt-4o-mini "Say hi"',
      'git diff | hubmix chat -m claude-sonnet-4 --system "Review this diff" -',
      'hubmix chat -m gpt-4o-mini --json "2+2?" | jq .cost_usd',
    ],
  },
  {
    path: ['watch'],
    summary: 'Keep watching the balance and report alerts',
    args: [],
    options: [
      {
        name: 'interval',
        type: 'string',
        value: '<seconds>',
        description: 'Seconds between readings (default 60, at least 30)',
      },
      {
        name: 'thresholds',
        type: 'string',
        value: '<usd,…>',
        description: 'Low-balance alert thresholds in USD (default 5,1)',
      },
      {
        name: 'format',
        type: 'string',
        value: WATCH_FORMATS.join('|'),
        description: 'Output format (waybar: a custom-module JSON line per reading)',
        choices: WATCH_FORMATS,
      },
    ],
    examples: [
      'hubmix watch',
      'hubmix watch --json --thresholds 10,2',
      'hubmix watch --format waybar',
    ],
  },
  {
    path: ['completion'],
    summary: 'Print a shell completion script',
    args: [{ name: 'shell', required: true, description: 'bash, zsh or fish', choices: SHELLS }],
    options: [],
    examples: [
      'source <(hubmix completion bash)',
      'hubmix completion zsh > "${fpath[1]}/_hubmix"',
      'hubmix completion fish > ~/.config/fish/completions/hubmix.fish',
    ],
  },
];

/** Top-level words: groups (keys, token) and single commands. */
export const TOP_LEVEL = [...new Set(COMMANDS.map((command) => command.path[0] ?? ''))];

export const subcommandsOf = (group: string): CommandSpec[] =>
  COMMANDS.filter((command) => command.path.length > 1 && command.path[0] === group);
