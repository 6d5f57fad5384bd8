import type { Editor } from '@tiptap/react';
import { ySyncPluginKey } from 'y-prosemirror';
import * as Y from 'yjs';
import { createTextAnchor, type PassageAnchor } from '../../shared/proposals/passage-anchor';

/**
 * The editor's selection as a passage anchor that follows later edits. A passage lies within one
 * paragraph or heading: y-prosemirror keeps a text block's characters in one Y.XmlText, so the
 * block's offsets are that text's offsets.
 */
export function anchorFromSelection(editor: Editor): PassageAnchor | undefined {
  const { from, to, $from, $to } = editor.state.selection;
  if (from === to || $from.parent !== $to.parent) return undefined;
  const state = ySyncPluginKey.getState(editor.state) as { binding?: { mapping: Map<unknown, unknown> } } | undefined;
  for (const [type, node] of state?.binding?.mapping ?? []) {
    if (node !== $from.parent || !(type instanceof Y.XmlElement)) continue;
    const text = type.toArray().find((child): child is Y.XmlText => child instanceof Y.XmlText);
    return text ? createTextAnchor(text, $from.parentOffset, $to.parentOffset) : undefined;
  }
  return undefined;
}
