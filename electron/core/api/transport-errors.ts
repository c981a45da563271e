import { ApiError } from './errors.js';

/**
 * Turns what undici throws (connection refused, DNS, TLS, reset, our own abort signals) into the
 * ApiError a user can act on. Responses with a status are handled by ./envelope.ts instead.
 */

// Failures that happen before a single byte of the request left this machine.
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** The first `code` found on the error or its causes (undici wraps system errors). */
export function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code !== 'UND_ERR_SOCKET' && code !== 'UND_ERR') return code;
    current = (current as { cause?: unknown }).cause;
  }
  const outer = (error as { code?: unknown } | null)?.code;
  return typeof outer === 'string' ? outer : undefined;
}

/** true when the request certainly never reached the server (safe even for a paid chat). */
export function neverSent(error: unknown): boolean {
  const code = errorCode(error);
  if (code === undefined) return false;
  return NOT_SENT_CODES.has(code) || code.startsWith('ERR_TLS') || code.includes('CERT');
}

export interface TransportContext {
  /** "GET /api/user/self" */
  label: string;
  endpoint: string;
  callerSignal: AbortSignal | undefined;
  /** Set when our own total or idle timer fired. */
  timedOutAfterMs: number | null;
  connectTimeoutMs: number;
}

export function transportError(error: unknown, ctx: TransportContext): ApiError {
  if (error instanceof ApiError) return error;
  const details = { endpoint: ctx.endpoint, cause: error };
  if (ctx.callerSignal?.aborted) {
    return new ApiError('aborted', `The request ${ctx.label} was cancelled.`, details);
  }
  if (ctx.timedOutAfterMs !== null) {
    return new ApiError(
      'timeout',
      `AiHubMix did not answer ${ctx.label} within ${seconds(ctx.timedOutAfterMs)}. Try again later.`,
      details,
    );
  }
  const code = errorCode(error);
  if (code === 'UND_ERR_CONNECT_TIMEOUT') {
    return new ApiError(
      'timeout',
      `Could not connect to AiHubMix for ${ctx.label} within ${seconds(ctx.connectTimeoutMs)}. Check your network or proxy.`,
      details,
    );
  }
  return new ApiError(
    'network',
    `Could not reach AiHubMix for ${ctx.label} (${describe(code)}). Check your network or proxy settings.`,
    details,
  );
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}

function describe(code: string | undefined): string {
  switch (code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'the host name could not be resolved';
    case 'ECONNRESET':
      return 'the connection was reset';
    case 'UND_ERR_SOCKET':
    case 'UND_ERR_CLOSED':
      return 'the connection was closed';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'the network is unreachable';
    case undefined:
      return 'connection failed';
    default:
      return code.startsWith('ERR_TLS') || code.includes('CERT')
        ? 'the secure connection failed'
        : `connection failed: ${code}`;
  }
}
