import type { Editor } from '@tiptap/react';
import { chunkStarts } from '../../shared/search/passage-chunks';
import { foldTerm, WORD } from '../../shared/search/search-terms';

/** The text nodes of a top-level block, each with the document position where it starts. */
function textRuns(editor: Editor, block: number): { text: string; from: number }[] {
  const { doc } = editor.state;
  if (block < 0 || block >= doc.childCount) return [];
  let position = 0;
  for (let index = 0; index < block; index++) position += doc.child(index).nodeSize;
  const runs: { text: string; from: number }[] = [];
  // `at` counts from the start of the block's content, one past the block's own position.
  doc.child(block).descendants((child, at) => {
    if (child.isText && child.text) runs.push({ text: child.text, from: position + 1 + at });
  });
  return runs;
}

/** The runs from about where chunk `chunk` of the block starts (chunk starts are found in the text as the index cut it). */
function fromChunk(runs: { text: string; from: number }[], chunk: number | undefined): { text: string; from: number }[] {
  if (!chunk) return runs;
  const start = chunkStarts(runs.map((run) => run.text).join(''))[chunk];
  if (start === undefined) return runs;
  let offset = 0;
  const after: { text: string; from: number }[] = [];
  for (const run of runs) {
    const skip = Math.max(0, Math.min(run.text.length, start - offset));
    if (skip < run.text.length) after.push({ text: run.text.slice(skip), from: run.from + skip });
    offset += run.text.length;
  }
  return after;
}

function findIn(runs: { text: string; from: number }[], word: string): { from: number; to: number } | undefined {
  const wanted = foldTerm(word);
  for (const run of runs) {
    // Word by word on the folded form, as the index cut and folded them.
    for (const match of run.text.matchAll(WORD)) {
      if (foldTerm(match[0]) === wanted) return { from: run.from + match.index, to: run.from + match.index + match[0].length };
    }
  }
  return undefined;
}

/**
 * Selects the matched word in the block the result came from (or, if edits moved it since it
 * was indexed, its first occurrence anywhere in the document), and scrolls it into view.
 */
export function revealPassage(editor: Editor, block: number | undefined, word: string | undefined, chunk?: number): boolean {
  const { doc } = editor.state;
  if (word) {
    const runs = block === undefined ? [] : textRuns(editor, block);
    const inBlock = findIn(fromChunk(runs, chunk), word) ?? findIn(runs, word);
    let found = inBlock;
    for (let index = 0; !found && index < doc.childCount; index++) found = findIn(textRuns(editor, index), word);
    if (found) return editor.chain().focus().setTextSelection(found).scrollIntoView().run();
  }
  return editor.chain().focus().scrollIntoView().run();
}
