import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StreamFailure } from './failures.js';
import type { SimulatorState } from './state.js';

/** Everything a route handler needs about one request. */
export interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  state: SimulatorState;
  /** Aborted when the client goes away or the server closes: stops stream loops and timers. */
  signal: AbortSignal;
  requestId: string;
  /** Consumes an injected stream failure for this request, if one matches. */
  takeStreamFailure(): StreamFailure | undefined;
}

export type Handler = (ctx: RouteContext) => void | Promise<void>;
