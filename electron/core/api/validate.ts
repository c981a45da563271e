import { safeParse } from 'zod/mini';
import type { $ZodType, output } from 'zod/v4/core';
import { ApiError } from './errors.js';

/** Runtime check of a response part; a mismatch is 'invalid_response' naming the endpoint. */
export function validate<S extends $ZodType>(
  schema: S,
  value: unknown,
  where: { label: string; endpoint: string; status?: number },
  what: string,
): output<S> {
  // The function form takes classic and mini schemas alike.
  const parsed = safeParse(schema, value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const at = issue && issue.path.length > 0 ? ` (at ${issue.path.join('.')})` : '';
  throw new ApiError(
    'invalid_response',
    `AiHubMix answered ${where.label} with ${what} in an unexpected shape${at}.`,
    { endpoint: where.endpoint, ...(where.status === undefined ? {} : { status: where.status }) },
  );
}
