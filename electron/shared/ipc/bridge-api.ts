import type { Result } from '../result.js';
import type {
  EventChannel,
  EventPayloads,
  InvokeChannel,
  InvokeRequest,
  InvokeResponse,
} from './contract.js';

/**
 * The shape of `window.aihubmix`, derived from the contract so it can never drift from it:
 * `'keys:set-enabled'` becomes `keys.setEnabled(request)`, `'balance:changed'` becomes
 * `events.onBalanceChanged(listener)`. The preload builds it with `bridgeMethodPath` and
 * `bridgeEventName`; the browser-preview transport builds the same object over a WebSocket.
 */
export const BRIDGE_GLOBAL = 'aihubmix';

type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;
type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never;

type Invoker<C extends InvokeChannel> = [InvokeRequest<C>] extends [undefined]
  ? () => Promise<Result<InvokeResponse<C>>>
  : (request: InvokeRequest<C>) => Promise<Result<InvokeResponse<C>>>;

export type BridgeInvokeApi = {
  [D in DomainOf<InvokeChannel>]: {
    [C in InvokeChannel as C extends `${D}:${infer Verb}` ? CamelCase<Verb> : never]: Invoker<C>;
  };
};

type EventMethodName<E extends string> = E extends `${infer D}:${infer V}`
  ? `on${Capitalize<CamelCase<D>>}${Capitalize<CamelCase<V>>}`
  : never;

export type BridgeEventsApi = {
  [E in EventChannel as EventMethodName<E>]: (
    listener: (payload: EventPayloads[E]) => void,
  ) => () => void;
};

export type BridgeApi = BridgeInvokeApi & { events: BridgeEventsApi };

const camel = (text: string): string =>
  text.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** `'keys:set-enabled'` → `['keys', 'setEnabled']`. */
export function bridgeMethodPath(channel: InvokeChannel): [domain: string, method: string] {
  const [domain = '', verb = ''] = channel.split(':');
  return [domain, camel(verb)];
}

/** `'balance:changed'` → `'onBalanceChanged'`. */
export function bridgeEventName(channel: EventChannel): string {
  const [domain = '', verb = ''] = channel.split(':');
  return `on${capital(camel(domain))}${capital(camel(verb))}`;
}
