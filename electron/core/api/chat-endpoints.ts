import type { ChatRequest, ChatResult, ChatStreamEvent } from '../../shared/domain/chat.js';
import { chatBody } from '../chat/chat-body.js';
import { ChatAccumulator } from '../chat/stream-accumulator.js';
import type { ChatOptions } from './aihubmix-api.js';
import type { GatewayCaller } from './caller.js';
import { parseJson, readRelayJson } from './envelope.js';
import { ApiError } from './errors.js';
import type { HttpRequest } from './http.js';
import { IdleTimer, readSse } from './sse.js';
import { validate } from './validate.js';
import { ChatCompletionWire } from './wire/chat.js';

const PATH = '/v1/chat/completions';
const LABEL = `POST ${PATH}`;

/**
 * `/v1/chat/completions`. Never retried and re-sent on the fallback base URL only when nothing
 * reached the server: a chat costs money, and a duplicate answer costs it twice.
 */
export class ChatEndpoints {
  constructor(
    private readonly caller: GatewayCaller,
    private readonly timeouts: { totalMs: number; idleMs: number },
  ) {}

  async chat(request: ChatRequest, options: ChatOptions): Promise<ChatResult> {
    const res = await this.caller.relay(this.request(request, options.apiKey, false), {
      ...(options.signal ? { signal: options.signal } : {}),
      retry: false,
      totalMs: this.timeouts.totalMs,
    });
    const accumulator = new ChatAccumulator(request.model);
    accumulator.addChunk(validate(ChatCompletionWire, res.json, res, 'a chat completion'));
    return accumulator.result();
  }

  async streamChat(
    request: ChatRequest,
    options: ChatOptions & { onEvent: (event: ChatStreamEvent) => void },
  ): Promise<ChatResult> {
    const idleAbort = new AbortController();
    const signal = options.signal
      ? AbortSignal.any([options.signal, idleAbort.signal])
      : idleAbort.signal;
    const idle = new IdleTimer(this.timeouts.idleMs, () => idleAbort.abort());
    const accumulator = new ChatAccumulator(request.model, (event) => {
      try {
        options.onEvent(event);
      } catch {
        // A failing listener must not lose the answer; the result still carries everything.
      }
    });
    const req = this.request(request, options.apiKey, true);
    let started = false;
    idle.touch();
    try {
      const res = await this.caller.http.open(req, signal);
      started = true;
      const type = String(res.headers['content-type'] ?? '').toLowerCase();
      if (res.status !== 200 || !type.includes('text/event-stream')) {
        // An error before streaming comes back as plain JSON with a status (gateway-facts §8).
        const text = await res.body.text();
        const json = readRelayJson({ ...res, text });
        // A gateway that ignored `stream: true` answers a whole completion: accept it.
        accumulator.addChunk(validate(ChatCompletionWire, json, res, 'a chat completion'));
      } else {
        await readSse(res.body, {
          onChunk: () => idle.touch(),
          onData: (data) => {
            const chunk = parseJson(data);
            // one-api drops mid-stream error lines; anything unparsable is skipped likewise.
            if (chunk !== undefined) accumulator.addChunk(chunk);
          },
        });
      }
    } catch (error) {
      throw this.streamError(error, accumulator, options.signal, idle, started, req);
    } finally {
      idle.stop();
    }
    if (!accumulator.complete) {
      throw new ApiError(
        'incomplete_stream',
        `The answer stopped before the model finished (${LABEL}). The text received so far is kept.`,
        { endpoint: PATH, partial: accumulator.result() },
      );
    }
    return accumulator.result();
  }

  private streamError(
    error: unknown,
    accumulator: ChatAccumulator,
    callerSignal: AbortSignal | undefined,
    idle: IdleTimer,
    started: boolean,
    req: HttpRequest,
  ): ApiError {
    const partial = accumulator.result();
    if (callerSignal?.aborted) {
      return new ApiError('aborted', 'The answer was stopped. The text received so far is kept.', {
        endpoint: PATH,
        partial,
        cause: error,
      });
    }
    if (idle.fired) {
      return new ApiError(
        'timeout',
        `AiHubMix sent nothing for ${Math.round(this.timeouts.idleMs / 100) / 10} s (${LABEL}). The text received so far is kept.`,
        { endpoint: PATH, partial, cause: error },
      );
    }
    if (error instanceof ApiError) return error;
    if (started) {
      return new ApiError(
        'incomplete_stream',
        `The connection dropped before the model finished (${LABEL}). The text received so far is kept.`,
        { endpoint: PATH, partial, cause: error },
      );
    }
    return this.caller.http.toError(error, req, callerSignal, null);
  }

  private request(request: ChatRequest, apiKey: string, stream: boolean): HttpRequest {
    return {
      method: 'POST',
      path: PATH,
      json: chatBody(request, stream),
      ...(stream ? { headers: { accept: 'text/event-stream' } } : {}),
      auth: { kind: 'key', apiKey },
      fallback: 'unsent',
    };
  }
}
