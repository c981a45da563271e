import { isApiError } from '../core/api/errors.js';
import { redact } from '../core/api/redact.js';
import { CliError } from './cli-error.js';
import { EXIT, type ExitCode } from './exit-codes.js';

export const TOKEN_HELP =
  'Generate one on the AiHubMix settings page ("Generate System Access Token"; it is not an sk- key), then run `hubmix login` or pass --token.';
export const API_KEY_HELP =
  'Create one with `hubmix keys create --name <name>` (or on the AiHubMix keys page) and pass it with --api-key or AIHUBMIX_API_KEY.';

/** Which credential a request used, so an auth failure can name it. */
export interface CredentialNote {
  kind: 'access-token' | 'api-key';
  /** e.g. "--token", "AIHUBMIX_ACCESS_TOKEN", "the keychain". */
  source: string;
}

export interface DescribedError {
  exitCode: ExitCode;
  message: string;
}

/**
 * Turns anything thrown into one or two sentences and an exit code. Never a stack trace; secrets
 * the CLI knows of are scrubbed from every message as a last line of defence.
 */
export function describeError(
  error: unknown,
  credential: CredentialNote | null,
  secrets: readonly string[],
): DescribedError {
  const described = describe(error, credential);
  return { ...described, message: redact(described.message, secrets) };
}

function describe(error: unknown, credential: CredentialNote | null): DescribedError {
  if (error instanceof CliError) return { exitCode: error.exitCode, message: error.message };
  if (isApiError(error)) {
    switch (error.code) {
      case 'auth': {
        const apiKey = credential?.kind === 'api-key';
        const what = apiKey ? 'API key' : 'access token';
        const from = credential ? ` The ${what} came from ${credential.source}.` : '';
        // The core's message may already say how to get a new one; never say it twice.
        const help = /generate|create|check that/i.test(error.message)
          ? ''
          : ` ${apiKey ? API_KEY_HELP : TOKEN_HELP}`;
        return { exitCode: EXIT.auth, message: `${error.message}${from}${help}` };
      }
      case 'network':
      case 'timeout':
        return { exitCode: EXIT.network, message: error.message };
      case 'incomplete_stream':
      case 'aborted':
        return { exitCode: EXIT.incomplete, message: error.message };
      case 'gateway':
        return { exitCode: EXIT.failed, message: missingKey(error) ?? error.message };
      case 'rate_limited':
      case 'invalid_response':
        return { exitCode: EXIT.failed, message: error.message };
    }
  }
  if (error instanceof Error && error.name === 'KeychainUnavailableError') {
    return { exitCode: EXIT.failed, message: error.message };
  }
  const text = error instanceof Error ? error.message : String(error);
  return { exitCode: EXIT.failed, message: `Unexpected failure: ${firstSentence(text)}` };
}

/** one-api's "record not found" on /api/token/<id>: say which key, and where to find the ids. */
function missingKey(error: {
  endpoint?: string | undefined;
  gatewayMessage?: string | undefined;
}): string | null {
  const id = /^\/api\/token\/(\d+)$/.exec(error.endpoint ?? '')?.[1];
  if (id === undefined || !/record not found/i.test(error.gatewayMessage ?? '')) return null;
  return `There is no key with id ${id} on this account (see \`hubmix keys list\` for the ids).`;
}

const firstSentence = (text: string): string => (text.split('\n')[0] ?? '').slice(0, 300);
