import { useSyncExternalStore } from 'react';

import type { ChatDeltaEvent } from '../../../../electron/shared/ipc/views.js';
import { onEvent } from '../../bridge/call.js';
import { EMPTY_RUN, mergeRun, type TextRun } from './live-text.js';

/**
 * The text of answers while they stream. Main batches deltas (≤ 60 a second); here they are
 * merged by offset as they come (so a reload's seed and the deltas never double text up) and
 * published at most once per animation frame, to the subscribers of the message that grew only:
 * a streaming answer re-renders itself and nothing else.
 */
export interface LiveText {
  content: string;
  reasoning: string;
}

interface Runs {
  content: TextRun;
  reasoning: TextRun;
}

/** Everything known, merged; `published` is what components see, updated once per frame. */
const known = new Map<string, Runs>();
const published = new Map<string, LiveText>();
const changed = new Set<string>();
const listeners = new Map<string, Set<() => void>>();
/** The request each live message belongs to, learnt from its deltas (Stop after a reload). */
const requests = new Map<string, string>();
let frame: number | null = null;
let subscribed = false;

function publish(): void {
  frame = null;
  const ids = [...changed];
  changed.clear();
  for (const id of ids) {
    const runs = known.get(id);
    if (runs) published.set(id, { content: runs.content.text, reasoning: runs.reasoning.text });
  }
  for (const id of ids) for (const listener of listeners.get(id) ?? []) listener();
}

function update(id: string, next: Runs): void {
  const before = known.get(id);
  if (before && before.content === next.content && before.reasoning === next.reasoning) return;
  known.set(id, next);
  changed.add(id);
  frame ??= requestAnimationFrame(publish);
}

/** Applies one delta (exported for tests; the subscription below is the only other caller). */
export function applyDelta(delta: ChatDeltaEvent): void {
  requests.set(delta.messageId, delta.requestId);
  const runs = known.get(delta.messageId) ?? { content: EMPTY_RUN, reasoning: EMPTY_RUN };
  update(delta.messageId, {
    content: mergeRun(runs.content, delta.content, delta.contentOffset),
    reasoning: mergeRun(runs.reasoning, delta.reasoning, delta.reasoningOffset),
  });
}

/** Starts listening to chat:delta once for the window's lifetime. */
export function ensureLiveSubscription(): void {
  if (subscribed) return;
  subscribed = true;
  onEvent('chat:delta', applyDelta);
}

/** What main had saved of a streaming answer (opened after it started): merged, never doubled. */
export function seedLive(messageId: string, text: LiveText): void {
  const runs = known.get(messageId) ?? { content: EMPTY_RUN, reasoning: EMPTY_RUN };
  update(messageId, {
    content: mergeRun(runs.content, text.content, 0),
    reasoning: mergeRun(runs.reasoning, text.reasoning, 0),
  });
}

export function dropLive(messageId: string): void {
  known.delete(messageId);
  published.delete(messageId);
  changed.delete(messageId);
  requests.delete(messageId);
}

/** The request streaming into this message, if a delta for it has arrived in this window. */
export const liveRequestOf = (messageId: string): string | null => requests.get(messageId) ?? null;

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
    () => published.get(messageId),
  );
}
