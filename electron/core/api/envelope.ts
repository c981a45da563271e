import { boolean, looseObject, nullish, optional, string, union, unknown } from 'zod/mini';
import { ApiError } from './errors.js';
import { describeGatewayMessage } from './gateway-messages.js';
import type { TextResponse } from './http.js';

/**
 * Reading responses: the management envelope `{success, message, data}` of /api/… (failures are
 * mostly HTTP 200 + success:false) and the OpenAI-style `{error:{message}}` of /v1/….
 */

const Envelope = looseObject({
  success: boolean(),
  message: nullish(string()),
  data: optional(unknown()),
});

const OpenAiError = looseObject({
  error: union([looseObject({ message: nullish(string()), type: nullish(string()) }), string()]),
});

// one-api/new-api wording when the access token is missing, unknown or not allowed.
const TOKEN_REFUSED = ['access token', '未登录', '无权进行此操作'];

export function accessTokenRefused(
  res: Pick<TextResponse, 'label' | 'endpoint' | 'status'>,
  gatewayMessage?: string,
): ApiError {
  return new ApiError(
    'auth',
    `AiHubMix refused the system access token (${res.label}). Generate a new one on the AiHubMix settings page ("Generate System Access Token") and sign in again.`,
    withGateway({ endpoint: res.endpoint, status: res.status }, gatewayMessage),
  );
}

/** The `data` of a successful management response; throws ApiError for every failure shape. */
export function readEnvelope(res: TextResponse): { data: unknown; message: string } {
  if (res.status === 429) throw rateLimited(res, messageOf(parseJson(res.text)));
  const json = parseJson(res.text);
  if (json === undefined) throw notJson(res);
  const gatewayMessage = messageOf(json);
  if (res.status === 401 || res.status === 403) throw accessTokenRefused(res, gatewayMessage);
  if (res.status >= 400) throw gatewayFailure(res, gatewayMessage);
  const envelope = Envelope.safeParse(json);
  if (!envelope.success) {
    throw new ApiError(
      'invalid_response',
      `AiHubMix answered ${res.label} with JSON that is not the expected {success, data} envelope.`,
      { endpoint: res.endpoint, status: res.status },
    );
  }
  const message = envelope.data.message ?? '';
  if (!envelope.data.success) {
    if (TOKEN_REFUSED.some((needle) => message.toLowerCase().includes(needle))) {
      throw accessTokenRefused(res, message);
    }
    throw new ApiError(
      'gateway',
      `AiHubMix refused ${res.label}: ${message ? describeGatewayMessage(message) : 'no reason given'}.`,
      withGateway({ endpoint: res.endpoint, status: res.status }, message),
    );
  }
  return { data: envelope.data.data, message };
}

/** The parsed JSON of a successful /v1 response; throws ApiError for every failure shape. */
export function readRelayJson(res: TextResponse): unknown {
  const json = parseJson(res.text);
  const gatewayMessage = messageOf(json);
  if (res.status === 429) throw rateLimited(res, gatewayMessage);
  if (res.status === 401) {
    throw new ApiError(
      'auth',
      `AiHubMix refused the API key (${res.label})${gatewayMessage ? `: ${describeGatewayMessage(gatewayMessage)}` : ''}. Check that the key exists, is enabled, has not expired and has quota left.`,
      withGateway({ endpoint: res.endpoint, status: res.status }, gatewayMessage),
    );
  }
  if (json === undefined) throw notJson(res);
  if (res.status >= 400 || OpenAiError.safeParse(json).success)
    throw gatewayFailure(res, gatewayMessage);
  return json;
}

export function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The gateway's own words, from either envelope. */
export function messageOf(json: unknown): string | undefined {
  if (!json || typeof json !== 'object') return undefined;
  const record = json as Record<string, unknown>;
  const error = record.error;
  if (typeof error === 'string' && error) return error;
  if (error && typeof error === 'object') {
    const message = (error as Record<string, unknown>).message;
    if (typeof message === 'string' && message) return message;
  }
  return typeof record.message === 'string' && record.message ? record.message : undefined;
}

function rateLimited(res: TextResponse, gatewayMessage: string | undefined): ApiError {
  return new ApiError(
    'rate_limited',
    `AiHubMix is rate limiting requests (${res.label}). Wait a minute and try again.`,
    withGateway({ endpoint: res.endpoint, status: res.status }, gatewayMessage),
  );
}

function gatewayFailure(res: TextResponse, gatewayMessage: string | undefined): ApiError {
  return new ApiError(
    'gateway',
    `AiHubMix could not complete ${res.label} (HTTP ${res.status})${gatewayMessage ? `: ${describeGatewayMessage(gatewayMessage)}` : '.'}`,
    withGateway({ endpoint: res.endpoint, status: res.status }, gatewayMessage),
  );
}

function notJson(res: TextResponse): ApiError {
  const details = { endpoint: res.endpoint, status: res.status };
  if (res.status >= 500) {
    return new ApiError(
      'gateway',
      `AiHubMix failed on ${res.label} (HTTP ${res.status}). Try again later.`,
      details,
    );
  }
  if (res.status === 401 || res.status === 403) return accessTokenRefused(res);
  return new ApiError(
    'invalid_response',
    `AiHubMix answered ${res.label} with something that is not JSON (HTTP ${res.status}). Check the base URL.`,
    details,
  );
}

function withGateway<T extends object>(
  details: T,
  gatewayMessage: string | undefined,
): T & { gatewayMessage?: string } {
  return gatewayMessage ? { ...details, gatewayMessage } : details;
}
