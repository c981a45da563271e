import { z } from 'zod';
import type { ServerResponse } from 'node:http';
import { planReply, promptTokens, countTokens, type PlannedReply } from './chat-reply.js';
import type { StreamFailure } from './failures.js';
import { sendJson, sleep } from './http-util.js';
import type { KeyRecord } from './key-record.js';
import { authorizeRelay, keyAllowsModel, sendRelayError } from './relay-auth.js';
import type { RouteContext } from './route-context.js';
import type { CatalogEntry } from './catalog-entry.js';

const chatBody = z.object({
  model: z.string().min(1),
  messages: z
    .array(
      z.object({
        role: z.string(),
        content: z
          .union([
            z.string(),
            z.array(z.object({ type: z.string().optional(), text: z.string().optional() })),
          ])
          .nullable(),
      }),
    )
    .min(1),
  stream: z.boolean().optional(),
  stream_options: z.object({ include_usage: z.boolean().optional() }).nullable().optional(),
  max_tokens: z.number().int().positive().optional(),
  max_completion_tokens: z.number().int().positive().optional(),
});
type ChatBody = z.infer<typeof chatBody>;

interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
  completion_tokens_details: { reasoning_tokens: number };
}

function usageOf(prompt: number, reasoning: string, content: string): Usage {
  const reasoningTokens = countTokens(reasoning);
  const completion = countTokens(content) + reasoningTokens;
  return {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: prompt + completion,
    completion_tokens_details: { reasoning_tokens: reasoningTokens },
  };
}

function chargeFor(ctx: RouteContext, key: KeyRecord, entry: CatalogEntry, usage: Usage): void {
  const p = entry.wire.pricing;
  const usd = p ? (usage.prompt_tokens * p.input + usage.completion_tokens * p.output) / 1e6 : 0;
  ctx.state.charge(key, usd);
}

/** Checks in the gateway's order: key, body, model allow-list, channel, account balance. */
export async function chatCompletions(ctx: RouteContext): Promise<void> {
  const key = authorizeRelay(ctx);
  if (!key) return;
  const parsed = chatBody.safeParse(ctx.body);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') ?? 'body';
    sendRelayError(ctx, 400, `invalid request body: ${where}`, 'invalid_request_error');
    return;
  }
  const body = parsed.data;
  if (!keyAllowsModel(key, body.model)) {
    sendRelayError(ctx, 403, `该令牌无权使用模型：${body.model}`, 'model_not_allowed');
    return;
  }
  const entry = ctx.state.findModel(body.model);
  if (!entry) {
    sendRelayError(
      ctx,
      503,
      `当前分组 default 下对于模型 ${body.model} 无可用渠道`,
      'model_not_found',
    );
    return;
  }
  if (ctx.state.quota <= 0) {
    sendRelayError(ctx, 403, 'user quota is not enough', 'insufficient_user_quota');
    return;
  }
  const thinking = entry.wire.features.split(',').includes('thinking');
  const plan = planReply(
    body.model,
    body.messages,
    thinking,
    body.max_tokens ?? body.max_completion_tokens,
  );
  const prompt = promptTokens(body.messages);
  if (body.stream === true) {
    await streamReply(ctx, body, plan, prompt, (usage) => chargeFor(ctx, key, entry, usage));
    return;
  }
  const reasoning = plan.reasoning.join('');
  const content = plan.content.join('');
  const usage = usageOf(prompt, reasoning, content);
  chargeFor(ctx, key, entry, usage);
  const message: Record<string, unknown> = { role: 'assistant', content };
  if (reasoning) message.reasoning_content = reasoning;
  sendJson(ctx.res, 200, {
    id: `chatcmpl-${ctx.requestId}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: body.model,
    choices: [{ index: 0, message, finish_reason: plan.finishReason }],
    usage,
  });
}

function write(res: ServerResponse, text: string, signal: AbortSignal): Promise<void> {
  if (signal.aborted || res.destroyed) return Promise.resolve();
  if (res.write(text)) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      signal.removeEventListener('abort', done);
      resolve();
    };
    res.on('drain', done);
    signal.addEventListener('abort', done, { once: true });
  });
}

async function streamReply(
  ctx: RouteContext,
  body: ChatBody,
  plan: PlannedReply,
  prompt: number,
  charge: (usage: Usage) => void,
): Promise<void> {
  const { res, signal } = ctx;
  const failure: StreamFailure | undefined = ctx.takeStreamFailure();
  const interval = failure?.kind === 'slow-chunks' ? failure.gapMs : ctx.state.chunkIntervalMs;
  const base = {
    id: `chatcmpl-${ctx.requestId}`,
    object: 'chat.completion.chunk',
    created: Math.floor(Date.now() / 1000),
    model: body.model,
  };
  const event = (payload: unknown): string => `data: ${JSON.stringify(payload)}\n\n`;
  const chunk = (delta: Record<string, unknown>, finish: string | null = null): string =>
    event({ ...base, choices: [{ index: 0, delta, finish_reason: finish }] });

  res.writeHead(200, {
    'Content-Type': 'text/event-stream',
    'Cache-Control': 'no-cache',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  let reasoningSent = '';
  let contentSent = '';
  let count = 0;
  // stream-cut: the upstream breaks half way; the gateway still ends with [DONE].
  const cutAfter =
    failure?.kind === 'stream-cut' ? Math.max(1, Math.floor(plan.content.length / 2)) : Infinity;
  const pieces: Array<['reasoning_content' | 'content', string]> = [
    ...plan.reasoning.map((p): ['reasoning_content', string] => ['reasoning_content', p]),
    ...plan.content
      .slice(0, Math.min(plan.content.length, cutAfter))
      .map((p): ['content', string] => ['content', p]),
  ];
  try {
    await write(res, chunk({ role: 'assistant', content: '' }), signal);
    for (const [field, text] of pieces) {
      await sleep(interval, signal);
      if (signal.aborted) return;
      await write(res, chunk({ [field]: text }), signal);
      if (field === 'content') contentSent += text;
      else reasoningSent += text;
      count += 1;
      // Keep-alive comments, as newer new-api sends them; clients must skip lines starting with ':'.
      if (count === 1 || count % 20 === 0) await write(res, ': PING\n\n', signal);
    }
    if (signal.aborted) return;
    const usage = usageOf(prompt, reasoningSent, contentSent);
    if (failure?.kind !== 'stream-cut') {
      await sleep(interval, signal);
      await write(res, chunk({}, plan.finishReason), signal);
      // one-api passes the usage chunk through always; new-api only when the client asked.
      const wantsUsage =
        ctx.state.flavor === 'one-api' || body.stream_options?.include_usage === true;
      if (wantsUsage) await write(res, event({ ...base, choices: [], usage }), signal);
    }
    await write(res, 'data: [DONE]\n\n', signal);
    res.end();
  } finally {
    // Bill what was actually streamed, even when the client went away.
    charge(usageOf(prompt, reasoningSent, contentSent));
  }
}
