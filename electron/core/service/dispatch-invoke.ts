import type { z } from 'zod';

import { requestSchemas, type InvokeChannel } from '../../shared/ipc/contract.js';
import { fail, ok, type Result } from '../../shared/result.js';
import { isApiError } from '../api/errors.js';
import { redact } from '../api/redact.js';
import type { InvokeHandlers } from './app-service.js';
import { ServiceError } from './service-error.js';

export interface DispatchOptions {
  /** Exact secrets to remove from logged errors (the active access token, for example). */
  secrets?: () => readonly string[];
  /** Where unexpected errors are logged (stderr by default), already redacted. */
  log?: (line: string) => void;
}

const GENERIC_MESSAGE =
  'Something went wrong inside the app. Try again; if it keeps happening, restart the app.';

/**
 * The one way a transport (Electron's ipcMain, the browser-preview WebSocket) calls the service:
 * checks the channel, validates the untrusted request against the contract's schema, runs the
 * handler and turns every outcome into a Result. Never throws, so no transport has to guess what
 * a thrown error would leak.
 */
export async function dispatchInvoke(
  handlers: InvokeHandlers,
  channel: string,
  rawRequest: unknown,
  options: DispatchOptions = {},
): Promise<Result<unknown>> {
  if (!isInvokeChannel(channel)) {
    return fail({ code: 'bad_request', message: `Unknown request “${channel.slice(0, 60)}”.` });
  }
  const schema: z.ZodType = requestSchemas[channel];
  const parsed = schema.safeParse(rawRequest);
  if (!parsed.success) {
    return fail({ code: 'bad_request', message: `${channel}: ${describeIssues(parsed.error)}` });
  }
  // One call site for every channel: the schema above guarantees the request matches the handler.
  const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
  try {
    return ok(await handler(parsed.data));
  } catch (error) {
    return fail(toResultError(channel, error, options));
  }
}

function isInvokeChannel(channel: string): channel is InvokeChannel {
  return typeof channel === 'string' && Object.hasOwn(requestSchemas, channel);
}

/** "name: The name is too long…"; several problems are joined, the first few only. */
export function describeIssues(error: z.ZodError): string {
  const parts = error.issues.slice(0, 3).map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  return parts.join('; ') || 'The request is not valid.';
}

function toResultError(
  channel: string,
  error: unknown,
  options: DispatchOptions,
): Parameters<typeof fail>[0] {
  if (isApiError(error)) return error.info();
  if (error instanceof ServiceError) return { code: error.code, message: error.message };
  const log = options.log ?? ((line: string) => console.error(line));
  log(`[service] ${channel} failed: ${describeErrorForLog(error, options.secrets?.() ?? [])}`);
  return { code: 'internal', message: GENERIC_MESSAGE };
}

/** An error as one log entry (its stack when it has one), with every secret-looking run removed. */
export function describeErrorForLog(error: unknown, secrets: readonly string[] = []): string {
  const text =
    error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  return redactForLog(text, secrets);
}

/**
 * redact() knows sk- keys and bearer headers; access tokens have no prefix (one-api: 32 hex), so
 * any long run of letters and digits is removed from logs as well.
 */
export function redactForLog(text: string, secrets: readonly string[] = []): string {
  return redact(text, secrets).replace(/[A-Za-z0-9]{24,}/g, '[redacted]');
}
