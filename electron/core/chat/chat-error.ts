import type { ChatErrorView, ChatFixCode } from '../../shared/ipc/chat-views.js';
import { isApiError } from '../api/errors.js';

/**
 * A failed answer as it is stored in the conversation: the gateway's own message and what the
 * user can do about it. Nothing here retries: the fix is for the user to choose.
 */
export function chatErrorView(error: unknown): ChatErrorView {
  if (!isApiError(error)) {
    return {
      code: 'internal',
      message: 'Something went wrong inside the app while sending.',
      status: null,
      gatewayMessage: null,
      fix: 'check-request',
    };
  }
  const gatewayMessage = error.gatewayMessage ?? null;
  return {
    code: error.code,
    message: error.message,
    status: error.status ?? null,
    gatewayMessage,
    fix: fixFor(error.code, error.status ?? null, gatewayMessage ?? ''),
  };
}

function fixFor(code: string, status: number | null, gateway: string): ChatFixCode {
  const text = gateway.toLowerCase();
  if (code === 'rate_limited' || status === 429) return 'wait-and-retry';
  if (code === 'network' || code === 'timeout') return 'check-network';
  if (code === 'incomplete_stream' || code === 'aborted') return 'regenerate';
  if (status === 503 || gateway.includes('无可用渠道') || text.includes('no available channel')) {
    return 'pick-another-model';
  }
  if (text.includes('quota is not enough') || text.includes('insufficient_user_quota')) {
    return 'top-up';
  }
  if (gateway.includes('无权使用模型') || text.includes('not allowed')) return 'allow-model-on-key';
  if (code === 'auth' || status === 401 || status === 403) return 'fix-key';
  if (status !== null && status >= 500) return 'wait-and-retry';
  return 'check-request';
}
