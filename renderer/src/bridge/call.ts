import type {
  EventChannel,
  EventPayloads,
  InvokeChannel,
  InvokeRequest,
  InvokeResponse,
} from '../../../electron/shared/ipc/contract.js';
import { BridgeError } from './bridge-error.js';
import { invokeOn, subscribeOn } from './build-bridge.js';
import { getBridge } from './get-bridge.js';

type Args<C extends InvokeChannel> = [InvokeRequest<C>] extends [undefined]
  ? []
  : [request: InvokeRequest<C>];

/** Calls a channel and unwraps its Result: the value, or a thrown BridgeError for React Query. */
export async function call<C extends InvokeChannel>(
  channel: C,
  ...args: Args<C>
): Promise<InvokeResponse<C>> {
  const result = await invokeOn(getBridge(), channel, args[0]);
  if (!result.ok) throw new BridgeError(result.error);
  return result.value;
}

export function onEvent<E extends EventChannel>(
  channel: E,
  listener: (payload: EventPayloads[E]) => void,
): () => void {
  return subscribeOn(getBridge(), channel, listener);
}
