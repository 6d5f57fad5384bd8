import type { Editor } from '@tiptap/react';
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
export function revealPassage(editor: Editor, block: number | undefined, word: string | undefined): boolean {
  const { doc } = editor.state;
  if (word) {
    const inBlock = block === undefined ? undefined : findIn(textRuns(editor, block), word);
    let found = inBlock;
    for (let index = 0; !found && index < doc.childCount; index++) found = findIn(textRuns(editor, index), word);
    if (found) return editor.chain().focus().setTextSelection(found).scrollIntoView().run();
  }
  return editor.chain().focus().scrollIntoView().run();
}
