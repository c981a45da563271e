import { parseMarkdownIntoBlocks } from 'streamdown';

/** Paragraphs longer than this are rendered as several blocks. */
const MAX_BLOCK_CHARS = 1500;
const STRUCTURED = /^\s*(```|~~~|\||[-*+] |\d+[.)] |>|#|<|\$\$)/;

/**
 * Streamdown memoizes each block and re-renders only the one that changed, but a model that
 * writes one endless paragraph would make that one block (and its whole parse) grow every frame.
 * Plain paragraphs are therefore cut at a space every ~1,500 characters: every block but the last
 * is settled, and the live cost stays flat however long the answer gets.
 */
export function chatBlocks(markdown: string): string[] {
  return parseMarkdownIntoBlocks(markdown).flatMap(splitParagraph);
}

function splitParagraph(block: string): string[] {
  if (block.length <= MAX_BLOCK_CHARS || STRUCTURED.test(block)) return [block];
  const pieces: string[] = [];
  let rest = block;
  while (rest.length > MAX_BLOCK_CHARS) {
    const cut = rest.lastIndexOf(' ', MAX_BLOCK_CHARS);
    if (cut <= 0) break;
    pieces.push(rest.slice(0, cut + 1));
    rest = rest.slice(cut + 1);
  }
  pieces.push(rest);
  return pieces;
}
