import { createRng } from './prng.js';
import type { CatalogModelWire } from './wire-types.js';

/** A catalog row plus the server-side attributes `sort_by` uses but the wire does not show. */
export interface CatalogEntry {
  wire: CatalogModelWire;
  /** Position in AiHubMix's default ("order") ranking. */
  order: number;
  /** Tagged for `sort_by=coding`. */
  coding: boolean;
}

type Row = [
  id: string,
  desc: string,
  types: string,
  features: string,
  modalities: string,
  maxOutput: number | null,
  context: number | null,
  pricing: CatalogModelWire['pricing'],
  developer: [number, string] | null,
  coding?: boolean,
];

const OPENAI: [number, string] = [1, 'OpenAI'];
const ANTHROPIC: [number, string] = [2, 'Anthropic'];
const GOOGLE: [number, string] = [3, 'Google'];
const DEEPSEEK: [number, string] = [4, 'DeepSeek'];
const ALIBABA: [number, string] = [5, 'Alibaba'];
const MOONSHOT: [number, string] = [6, 'Moonshot'];

// Prices are USD per 1M tokens, as AiHubMix really serves them (gpt-5: 1.25 / 10 / 0.125).
// The last rows are deliberately odd: the real catalog has rows like them.
const REALISTIC: Row[] = [
  [
    'gpt-5',
    "GPT-5 is OpenAI's flagship model for coding, reasoning, and agentic tasks across domains.",
    'llm',
    'thinking,tools,function_calling,structured_outputs',
    'text,image',
    128000,
    400000,
    { input: 1.25, output: 10, cache_read: 0.125 },
    OPENAI,
    true,
  ],
  [
    'gpt-5-mini',
    'A faster, cheaper GPT-5 for well-defined tasks.',
    'llm',
    'thinking,tools,function_calling,structured_outputs',
    'text,image',
    128000,
    400000,
    { input: 0.25, output: 2, cache_read: 0.025 },
    OPENAI,
  ],
  [
    'gpt-4.1',
    'GPT-4.1 excels at instruction following and tool calling with a 1M context.',
    'llm',
    'tools,function_calling,structured_outputs,long_context',
    'text,image',
    32768,
    1047576,
    { input: 2, output: 8, cache_read: 0.5 },
    OPENAI,
    true,
  ],
  [
    'gpt-4o-mini',
    'Small, affordable multimodal model.',
    'llm',
    'tools,function_calling,structured_outputs',
    'text,image',
    16384,
    128000,
    { input: 0.15, output: 0.6, cache_read: 0.075 },
    OPENAI,
  ],
  [
    'claude-sonnet-4-5',
    "Anthropic's best model for coding and agents.",
    'llm',
    'thinking,tools,function_calling,long_context',
    'text,image,pdf',
    64000,
    200000,
    { input: 3, output: 15, cache_read: 0.3, cache_write: 3.75 },
    ANTHROPIC,
    true,
  ],
  [
    'claude-opus-4-1',
    'Claude Opus 4.1 for the hardest reasoning tasks.',
    'llm',
    'thinking,tools,function_calling',
    'text,image,pdf',
    32000,
    200000,
    { input: 15, output: 75, cache_read: 1.5, cache_write: 18.75 },
    ANTHROPIC,
  ],
  [
    'claude-3-5-haiku',
    'Fast and compact Claude.',
    'llm',
    'tools,function_calling',
    'text,image',
    8192,
    200000,
    { input: 0.8, output: 4, cache_read: 0.08, cache_write: 1 },
    ANTHROPIC,
  ],
  [
    'gemini-2.5-pro',
    "Google's most capable thinking model.",
    'llm',
    'thinking,tools,function_calling,web,long_context,structured_outputs',
    'text,image,audio,video,pdf',
    65536,
    1048576,
    { input: 1.25, output: 10, cache_read: 0.31 },
    GOOGLE,
    true,
  ],
  [
    'gemini-2.5-flash',
    'Best price-performance Gemini with thinking.',
    'llm',
    'thinking,tools,function_calling,web,long_context',
    'text,image,audio,video,pdf',
    65536,
    1048576,
    { input: 0.3, output: 2.5, cache_read: 0.075 },
    GOOGLE,
  ],
  [
    'deepseek-r1',
    'DeepSeek reasoning model with visible chain of thought.',
    'llm',
    'thinking',
    'text',
    8192,
    65536,
    { input: 0.55, output: 2.19 },
    DEEPSEEK,
  ],
  [
    'deepseek-v3',
    'DeepSeek general chat model.',
    'llm',
    'tools,function_calling',
    'text',
    8192,
    65536,
    { input: 0.27, output: 1.1, cache_read: 0.07 },
    DEEPSEEK,
    true,
  ],
  [
    'qwen3-coder-plus',
    'Qwen3 coder for agentic coding.',
    'llm',
    'tools,function_calling,long_context',
    'text',
    65536,
    1000000,
    { input: 1, output: 5 },
    ALIBABA,
    true,
  ],
  [
    'qwen-turbo',
    'Fast Qwen for simple tasks.',
    'llm',
    'tools',
    'text',
    8192,
    8192,
    { input: 0.05, output: 0.2 },
    ALIBABA,
  ],
  [
    'gpt-image-1',
    'Image generation and editing.',
    'image_generation',
    '',
    'text,image',
    null,
    null,
    { input: 5, output: 40 },
    OPENAI,
  ],
  [
    'text-embedding-3-small',
    'Small text embedding model.',
    'embedding',
    '',
    'text',
    null,
    8191,
    { input: 0.02, output: 0 },
    OPENAI,
  ],
  [
    'bge-reranker-v2-m3',
    'Multilingual reranker.',
    'rerank',
    '',
    'text',
    null,
    8192,
    { input: 0.01, output: 0 },
    null,
  ],
  [
    'veo-3',
    'Video generation with audio.',
    'video',
    '',
    'text,image',
    null,
    1024,
    { input: 0, output: 0 },
    GOOGLE,
  ],
  ['tts-1', 'Text to speech.', 'tts', '', 'text', null, 2048, { input: 15, output: 0 }, OPENAI],
  ['whisper-1', 'Speech to text.', 'stt', '', 'audio', null, null, { input: 6, output: 0 }, OPENAI],
  // Odd rows: no pricing at all; unknown type and feature; every string empty.
  [
    'kimi-k2-preview',
    'Moonshot Kimi K2 (preview, price not yet published).',
    'llm',
    'tools,function_calling',
    'text',
    16384,
    131072,
    undefined,
    MOONSHOT,
  ],
  [
    'omni-realtime-x',
    'Realtime speech model.',
    'llm,realtime',
    'tools,teleportation',
    'text,audio',
    4096,
    32768,
    { input: 4, output: 16 },
    OPENAI,
  ],
  ['legacy-babbage', '', '', '', '', null, null, { input: 0.4, output: 0.4 }, null],
];

function toEntry(row: Row, order: number): CatalogEntry {
  const [id, desc, types, features, modalities, maxOutput, context, pricing, dev, coding] = row;
  const wire: CatalogModelWire = {
    model_id: id,
    desc,
    types,
    features,
    input_modalities: modalities,
    max_output: maxOutput,
    context_length: context,
  };
  if (pricing) wire.pricing = { ...pricing };
  if (dev) {
    wire.developer_id = dev[0];
    wire.developer_name = dev[1];
  }
  return { wire, order, coding: coding ?? false };
}

export function realisticCatalog(): CatalogEntry[] {
  return REALISTIC.map(toEntry);
}

const GEN_TYPES = [
  'llm',
  'llm',
  'llm',
  'llm',
  'image_generation',
  'embedding',
  'rerank',
  'video',
  'tts',
  'stt',
];
const GEN_FEATURES = [
  'thinking',
  'tools',
  'function_calling',
  'web',
  'deepsearch',
  'long_context',
  'structured_outputs',
];
const GEN_MODALITIES = ['text', 'image', 'audio', 'video', 'pdf'];
const GEN_CONTEXTS = [4096, 8192, 16384, 32768, 65536, 128000, 200000, 400000, 1048576];
const GEN_DEVELOPERS: [number, string][] = [OPENAI, ANTHROPIC, GOOGLE, DEEPSEEK, ALIBABA, MOONSHOT];

/** N deterministic models with varied types, features, prices and contexts (for benchmarks). */
export function generatedCatalog(count: number): CatalogEntry[] {
  const rng = createRng(20250901);
  const entries: CatalogEntry[] = [];
  for (let i = 0; i < count; i++) {
    const type = rng.pick(GEN_TYPES);
    const features = GEN_FEATURES.filter(() => rng.next() < 0.3).join(',');
    const modalities = ['text', ...GEN_MODALITIES.slice(1).filter(() => rng.next() < 0.25)].join(
      ',',
    );
    const input = Math.round(rng.next() * 2000) / 100;
    const dev = rng.pick(GEN_DEVELOPERS);
    const row: Row = [
      `gen-${dev[1].toLowerCase()}-${String(i).padStart(5, '0')}`,
      `Generated model number ${i} (${type}).`,
      type,
      type === 'llm' ? features : '',
      modalities,
      type === 'llm' ? rng.pick([4096, 8192, 16384, 32768, 65536]) : null,
      rng.next() < 0.05 ? null : rng.pick(GEN_CONTEXTS),
      rng.next() < 0.03 ? undefined : { input, output: Math.round(input * 4 * 100) / 100 },
      dev,
      rng.next() < 0.1,
    ];
    entries.push(toEntry(row, i));
  }
  return entries;
}
