import type { AiHubMixApi } from '../../core/api/aihubmix-api.js';
import { isApiError } from '../../core/api/errors.js';
import { costUsd } from '../../core/chat/cost.js';
import type { CatalogModel } from '../../shared/domain/catalog.js';
import type { ChatMessage, ChatResult, ChatUsage } from '../../shared/domain/chat.js';
import { CliError, UsageError } from '../cli-error.js';
import type { CliContext } from '../context.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { formatFineUsd } from '../../core/money-format.js';
import { readAllStdin } from '../prompt.js';

const CATALOG_GRACE_MS = 3000;

const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms).unref());

const USAGE = 'hubmix chat --model <id> [--system <text>] [--no-stream] <prompt | ->';

/** The `chat --json` object fixed by issue 3. */
export function chatToJson(result: ChatResult, cost: number | null): Record<string, unknown> {
  return {
    model: result.model,
    content: result.content,
    reasoning: result.reasoning,
    finish_reason: result.finishReason,
    usage: result.usage ? usageToJson(result.usage) : null,
    cost_usd: cost,
    complete: result.complete,
  };
}

const usageToJson = (usage: ChatUsage): Record<string, number | null> => ({
  prompt_tokens: usage.promptTokens,
  completion_tokens: usage.completionTokens,
  total_tokens: usage.totalTokens,
  reasoning_tokens: usage.reasoningTokens,
  cached_tokens: usage.cachedTokens,
});

/**
 * The line printed to stderr after a human-mode answer: what it used and what it cost, so the
 * price of a question is never a surprise (stdout keeps only the answer, for pipes).
 */
export function usageSummary(result: ChatResult, cost: number | null): string {
  const parts = [result.model];
  const usage = result.usage;
  if (usage) {
    const reasoning = usage.reasoningTokens ? ` (${usage.reasoningTokens} reasoning)` : '';
    parts.push(`${usage.promptTokens} in + ${usage.completionTokens} out tokens${reasoning}`);
  } else {
    parts.push('token usage not reported');
  }
  parts.push(cost === null ? 'cost unknown' : formatFineUsd(cost));
  return parts.join(' · ');
}

async function readPrompt(ctx: CliContext): Promise<string> {
  const given = ctx.args.positionals[0] ?? '';
  const prompt = given === '-' ? await readAllStdin(ctx.out.streams.stdin) : given;
  if (prompt.trim() === '') {
    throw new UsageError(
      given === '-' ? 'stdin was empty: there is no prompt.' : 'The prompt is empty.',
      USAGE,
    );
  }
  return prompt;
}

/** The price list, fetched beside the chat; a failure only makes the cost unknown. */
async function catalogFor(api: AiHubMixApi, signal: AbortSignal): Promise<CatalogModel[] | null> {
  try {
    return (await api.getCatalog({}, null, { signal })).models;
  } catch {
    return null;
  }
}

function costOf(
  result: ChatResult,
  requested: string,
  catalog: CatalogModel[] | null,
): number | null {
  if (!result.usage || !catalog) return null;
  // The gateway may answer with a dated name (gpt-4o-2024-08-06); the request names the price.
  const model =
    catalog.find((m) => m.id === requested) ?? catalog.find((m) => m.id === result.model);
  if (!model) return null;
  const cost = costUsd(result.usage, model.pricing);
  return cost === null ? null : Math.round(cost * 1e8) / 1e8;
}

export async function runChat(ctx: CliContext): Promise<ExitCode> {
  const model = ctx.option('model')?.trim();
  if (!model) throw new UsageError('chat needs --model (see `hubmix models`).', USAGE);
  const prompt = await readPrompt(ctx);
  const apiKey = ctx.apiKey();
  const api = await ctx.publicApi();
  const system = ctx.option('system');
  const messages: ChatMessage[] = [
    ...(system ? [{ role: 'system' as const, content: system }] : []),
    { role: 'user', content: prompt },
  ];
  const request = { model, messages };
  const { stdout, stderr } = ctx.out.streams;
  // Fetched beside the answer, for its cost (both output modes report it).
  const catalog = catalogFor(api, ctx.signal);

  let printed = '';
  let reasoningOpen = false;
  const onEvent = (event: { type: string; text?: string }): void => {
    if (ctx.json || event.text === undefined) return;
    if (event.type === 'content') {
      if (reasoningOpen) {
        stderr.write('\n');
        reasoningOpen = false;
      }
      stdout.write(event.text);
      printed += event.text;
    } else if (event.type === 'reasoning') {
      reasoningOpen = true;
      stderr.write(ctx.out.style(event.text, 'dim', 'stderr'));
    }
  };

  let result: ChatResult;
  let failure: CliError | null = null;
  try {
    result = ctx.flag('no-stream')
      ? await api.chat(request, { apiKey, signal: ctx.signal })
      : await api.streamChat(request, { apiKey, signal: ctx.signal, onEvent });
  } catch (error) {
    if (!isApiError(error) || !error.partial) throw error;
    // A cut or stopped stream: keep what came and say so (exit 5).
    result = error.partial;
    failure = new CliError(
      EXIT.incomplete,
      error.code === 'aborted'
        ? 'Stopped: the answer above is incomplete.'
        : `${error.message} The answer above is incomplete.`,
    );
  }
  // The answer is in: a slow or failing catalog may cost the price line, never the user's time.
  const prices = await Promise.race([catalog, sleep(CATALOG_GRACE_MS).then(() => null)]);
  const cost = costOf(result, model, prices);
  if (ctx.json) {
    ctx.out.writeJson(chatToJson(result, cost));
  } else {
    if (reasoningOpen) stderr.write('\n');
    // --no-stream (or a stream that delivered nothing through events) prints it all now.
    if (printed === '' && result.content !== '') {
      if (result.reasoning) stderr.write(`${ctx.out.style(result.reasoning, 'dim', 'stderr')}\n`);
      stdout.write(result.content);
      printed = result.content;
    }
    if (printed !== '' && !printed.endsWith('\n')) stdout.write('\n');
    stderr.write(`${ctx.out.style(usageSummary(result, cost), 'dim', 'stderr')}\n`);
  }
  if (failure) throw failure;
  if (!result.complete) {
    throw new CliError(
      EXIT.incomplete,
      'The answer ended before the model finished; it is incomplete.',
    );
  }
  return EXIT.ok;
}
