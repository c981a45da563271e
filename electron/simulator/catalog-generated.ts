import {
  ALIBABA,
  ANTHROPIC,
  DEEPSEEK,
  GOOGLE,
  MOONSHOT,
  OPENAI,
  toEntry,
  type CatalogEntry,
  type Row,
} from './catalog-entry.js';
import { createRng } from './prng.js';

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
