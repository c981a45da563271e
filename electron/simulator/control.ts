import type { CatalogEntry } from './catalog-entry.js';
import { generatedCatalog } from './catalog-generated.js';
import type { FailureSpec } from './failures.js';
import { toWire } from './key-record.js';
import type { AvailableModelsShape, SimulatorState } from './state.js';
import { usdToQuota } from './state.js';
import {
  QUOTA_PER_USD,
  type CatalogModelWire,
  type CatalogPricingWire,
  type Flavor,
  type RecordedRequest,
  type TokenWire,
} from './wire-types.js';

/** Synchronous test and demo controls over one simulator's in-process state. */
export interface SimulatorControl {
  setBalanceUsd(usd: number): void;
  balanceUsd(): number;
  setFlavor(flavor: Flavor): void;
  setLatency(ms: number): void;
  setChunkInterval(ms: number): void;
  setAvailableModelsShape(shape: AvailableModelsShape): void;
  /** Limits what `/api/user/available_models` lists (the account's group); null lifts it. */
  setAccountModels(ids: readonly string[] | null): void;
  injectFailure(spec: FailureSpec): void;
  clearFailures(): void;
  requests(): RecordedRequest[];
  clearRequests(): void;
  /** Key rows in the current flavor's wire shape, with full keys, id descending. */
  keys(): TokenWire[];
  key(id: number): TokenWire | undefined;
  addModel(model: Partial<CatalogModelWire> & { model_id: string }): void;
  removeModel(id: string): boolean;
  reprice(id: string, pricing: Partial<CatalogPricingWire>): void;
  setCatalogGenerated(count: number): void;
  /** Total USD charged by chat completions since start. */
  chargedUsd(): number;
}

export function createControl(state: SimulatorState): SimulatorControl {
  const model = (id: string): CatalogEntry => {
    const entry = state.findModel(id);
    if (!entry) throw new Error(`simulator: no model ${id} in the catalog`);
    return entry;
  };
  return {
    setBalanceUsd: (usd) => {
      state.quota = usdToQuota(usd);
    },
    balanceUsd: () => state.quota / QUOTA_PER_USD,
    setFlavor: (flavor) => {
      state.flavor = flavor;
    },
    setLatency: (ms) => {
      state.latencyMs = ms;
    },
    setChunkInterval: (ms) => {
      state.chunkIntervalMs = ms;
    },
    setAvailableModelsShape: (shape) => {
      state.availableModels = shape;
    },
    setAccountModels: (ids) => {
      state.accountModels = ids ? new Set(ids) : null;
    },
    injectFailure: (spec) => state.failures.add(spec),
    clearFailures: () => state.failures.clear(),
    requests: () => structuredClone(state.requests),
    clearRequests: () => {
      state.requests = [];
    },
    keys: () => state.keysDesc().map((k) => toWire(k, state.flavor, true)),
    key: (id) => {
      const k = state.keys.get(id);
      return k ? toWire(k, state.flavor, true) : undefined;
    },
    addModel: (partial) => {
      state.catalog = state.catalog.filter((e) => e.wire.model_id !== partial.model_id);
      const wire: CatalogModelWire = {
        desc: '',
        types: 'llm',
        features: '',
        input_modalities: 'text',
        max_output: 4096,
        context_length: 8192,
        pricing: { input: 1, output: 2 },
        ...partial,
      };
      const order = state.catalog.reduce((max, e) => Math.max(max, e.order + 1), 0);
      state.catalog.push({ wire, order, coding: false });
    },
    removeModel: (id) => {
      const before = state.catalog.length;
      state.catalog = state.catalog.filter((e) => e.wire.model_id !== id);
      return state.catalog.length < before;
    },
    reprice: (id, pricing) => {
      const entry = model(id);
      entry.wire.pricing = { input: 0, output: 0, ...entry.wire.pricing, ...pricing };
    },
    setCatalogGenerated: (count) => {
      state.catalog = generatedCatalog(count);
    },
    chargedUsd: () => state.chargedQuota / QUOTA_PER_USD,
  };
}
