import { describe, expect, it } from 'vitest';

import {
  EMPTY_RUN,
  mergeRun,
  type TextRun,
} from '../../../../renderer/src/features/chat/live-text.js';

/** Merges pieces in the given order, as the live store does. */
const merge = (pieces: Array<[string, number]>, from: TextRun = EMPTY_RUN): TextRun =>
  pieces.reduce((run, [text, offset]) => mergeRun(run, text, offset), from);

describe('mergeRun (streamed text after a reload)', () => {
  const whole = 'The quick brown fox jumps over the lazy dog.';

  it('appends deltas in order', () => {
    expect(
      merge([
        ['The quick ', 0],
        ['brown fox', 10],
      ]).text,
    ).toBe('The quick brown fox');
  });

  it('never shows text twice when the saved snapshot already holds part of a delta', () => {
    // The reload's chat:get saw 'The quick bro' (main had more than it had sent); the deltas
    // that follow start before that point.
    const seeded = merge([['The quick bro', 0]]);
    const run = merge(
      [
        ['The quick ', 0],
        ['brown fox ', 10],
        ['jumps over the lazy dog.', 20],
      ],
      seeded,
    );
    expect(run).toEqual({ start: 0, text: whole });
  });

  it('puts deltas that arrived before the seed after it, in place', () => {
    const early = merge([
      ['brown fox ', 10],
      ['jumps ', 20],
    ]);
    expect(early.start).toBe(10);
    const run = mergeRun(early, 'The quick brown', 0);
    expect(run).toEqual({ start: 0, text: 'The quick brown fox jumps ' });
    // A later, longer snapshot fills in without doubling either.
    expect(mergeRun(run, whole, 0).text).toBe(whole);
  });

  it('ignores a delta it already holds and returns the same run', () => {
    const run = merge([[whole, 0]]);
    expect(mergeRun(run, 'quick', 4)).toBe(run);
    expect(mergeRun(run, '', 99)).toBe(run);
  });
});
