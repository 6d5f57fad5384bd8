import { foldTerm, WORD } from './search-terms';

/** A piece of a snippet; `mark` pieces are the words the query matched. */
export interface SnippetSegment {
  text: string;
  mark: boolean;
}

export interface Snippet {
  segments: SnippetSegment[];
  /** The first matched word as written: what a document result selects in the editor. */
  firstMatch: string | undefined;
}

const BEFORE = 40;
const LENGTH = 160;

/**
 * The part of `text` around its first matched word, with every matched word in the window marked.
 * `terms` are the index terms the search matched (already folded). Plain segments only: the UI
 * builds elements from them, so nothing in a record is ever read as markup.
 */
export function snippetOf(text: string, terms: ReadonlySet<string>): Snippet {
  // Lazily, word by word: a record can be a 100,000-character paragraph, and only the window is shown.
  let first: { at: number; word: string } | undefined;
  for (const match of text.matchAll(WORD)) {
    if (!terms.has(foldTerm(match[0]))) continue;
    first = { at: match.index, word: match[0] };
    break;
  }
  let start = first ? Math.max(0, first.at - BEFORE) : 0;
  // Start on a word boundary, so the window never opens mid-word.
  if (start > 0) {
    const next = /[\n\r\p{Z}\p{P}]/u.exec(text.slice(start, first?.at ?? start));
    if (next) start += next.index + 1;
  }
  const end = Math.min(text.length, start + LENGTH);
  const window = text.slice(start, end);
  const segments: SnippetSegment[] = [];
  const push = (piece: string, mark: boolean) => {
    if (piece !== '') segments.push({ text: piece.replace(/\s+/gu, ' '), mark });
  };
  if (start > 0) push('…', false);
  let at = 0;
  for (const match of window.matchAll(WORD)) {
    // A word cut by the window's end is left unmarked rather than half-marked.
    if (match.index + match[0].length >= window.length && end < text.length) break;
    if (!terms.has(foldTerm(match[0]))) continue;
    push(window.slice(at, match.index), false);
    push(match[0], true);
    at = match.index + match[0].length;
  }
  push(window.slice(at), false);
  if (end < text.length) push('…', false);
  return { segments: mergePlain(segments), firstMatch: first?.word };
}

function mergePlain(segments: SnippetSegment[]): SnippetSegment[] {
  const merged: SnippetSegment[] = [];
  for (const segment of segments) {
    const last = merged[merged.length - 1];
    if (last && !last.mark && !segment.mark) last.text += segment.text;
    else merged.push({ ...segment });
  }
  return merged;
}
