import { useSyncExternalStore } from 'react';

import { onEvent } from '../../bridge/call.js';

/**
 * The text of answers while they stream. Main batches deltas (≤ 60 a second); here they are
 * applied at most once per animation frame, and only the subscribers of the message that grew
 * are told, so a streaming answer re-renders itself and nothing else.
 */
export interface LiveText {
  content: string;
  reasoning: string;
}

const live = new Map<string, LiveText>();
const pending = new Map<string, LiveText>();
const listeners = new Map<string, Set<() => void>>();
let frame: number | null = null;
let subscribed = false;

function applyPending(): void {
  frame = null;
  const changed = [...pending.entries()];
  pending.clear();
  for (const [id, add] of changed) {
    const before = live.get(id) ?? { content: '', reasoning: '' };
    live.set(id, {
      content: before.content + add.content,
      reasoning: before.reasoning + add.reasoning,
    });
  }
  for (const [id] of changed) for (const listener of listeners.get(id) ?? []) listener();
}

/** Starts listening to chat:delta once for the window's lifetime. */
export function ensureLiveSubscription(): void {
  if (subscribed) return;
  subscribed = true;
  onEvent('chat:delta', (delta) => {
    const add = pending.get(delta.messageId) ?? { content: '', reasoning: '' };
    pending.set(delta.messageId, {
      content: add.content + delta.content,
      reasoning: add.reasoning + delta.reasoning,
    });
    frame ??= requestAnimationFrame(applyPending);
  });
}

/** A streaming answer opened after it started (a reload): begin from what main had saved. */
export function seedLive(messageId: string, text: LiveText): void {
  if (!live.has(messageId) && !pending.has(messageId)) live.set(messageId, text);
}

export function dropLive(messageId: string): void {
  live.delete(messageId);
  pending.delete(messageId);
}

export function useLiveText(messageId: string): LiveText | undefined {
  return useSyncExternalStore(
    (listener) => {
      let set = listeners.get(messageId);
      if (!set) listeners.set(messageId, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(messageId);
      };
    },
    () => live.get(messageId),
  );
}
