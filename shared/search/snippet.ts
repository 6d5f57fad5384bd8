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
  const flat = text.replace(/\s+/gu, ' ');
  const words = [...flat.matchAll(WORD)].map((match) => ({ at: match.index, word: match[0], hit: terms.has(foldTerm(match[0])) }));
  const first = words.find((word) => word.hit);
  let start = first ? Math.max(0, first.at - BEFORE) : 0;
  // Start on a word boundary, so the window never opens mid-word.
  if (start > 0) start = words.find((word) => word.at >= start)?.at ?? start;
  const end = Math.min(flat.length, start + LENGTH);
  const segments: SnippetSegment[] = [];
  let at = start;
  const push = (piece: string, mark: boolean) => {
    if (piece !== '') segments.push({ text: piece, mark });
  };
  if (start > 0) push('…', false);
  for (const word of words) {
    if (!word.hit || word.at < start || word.at + word.word.length > end) continue;
    push(flat.slice(at, word.at), false);
    push(word.word, true);
    at = word.at + word.word.length;
  }
  push(flat.slice(at, end), false);
  if (end < flat.length) push('…', false);
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
