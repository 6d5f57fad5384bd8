import type { Editor } from '@tiptap/react';

/** Puts the caret at the start of the body's top-level block `index` and brings it into view. */
export function focusClause(editor: Editor, index: number): boolean {
  const doc = editor.state.doc;
  if (index < 0 || index >= doc.childCount) return false;
  let position = 0;
  for (let at = 0; at < index; at += 1) position += doc.child(at).nodeSize;
  // Inside the block: +1 enters it, and a list or quote needs one more level to reach its text.
  return editor.chain().focus().setTextSelection(position + 1).scrollIntoView().run();
}
