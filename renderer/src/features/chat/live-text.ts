/**
 * Streamed text put together from pieces that may overlap: a reloaded window seeds an answer
 * from what main saved (`chat:get`) while deltas, some of which that snapshot already holds, keep
 * arriving. Every piece says where it starts, so each character is kept once and in place.
 * Pure, so the merging is tested without a window.
 */
export interface TextRun {
  /** Where `text` starts in the whole answer; > 0 only until a seed fills the beginning. */
  start: number;
  text: string;
}

export const EMPTY_RUN: TextRun = { start: 0, text: '' };

/** `run` with `piece` (starting at `offset`) added; the same object when nothing is new. */
export function mergeRun(run: TextRun, piece: string, offset: number): TextRun {
  if (piece === '') return run;
  const end = run.start + run.text.length;
  if (offset > end) {
    // A gap (text the window never got): only possible before a seed. Keep the newer piece
    // when nothing precedes it, else append rather than drop what the user is reading.
    return run.text === '' ? { start: offset, text: piece } : { ...run, text: run.text + piece };
  }
  if (offset + piece.length <= end && offset >= run.start) return run;
  if (offset < run.start) {
    // The piece reaches further back than what is held: it becomes the beginning.
    const tail = run.text.slice(Math.max(0, offset + piece.length - run.start));
    return { start: offset, text: piece + tail };
  }
  return { start: run.start, text: run.text + piece.slice(end - offset) };
}
