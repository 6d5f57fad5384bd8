import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { ySyncPluginKey } from 'y-prosemirror';
import * as Y from 'yjs';
import { resolveAnchor, type PassageAnchor } from '../../shared/proposals/passage-anchor';

/** A passage something is attached to (a proposal, a view), and what to say about it. */
export interface PassageMark {
  anchor: PassageAnchor;
  label: string;
  kind: 'proposal' | 'view';
}

export const passageMarksKey = new PluginKey<DecorationSet>('passage-marks');

/** Where a Y.XmlText's character `index` is in the editor's document, through the binding's type→node map. */
function editorPosition(state: EditorState, text: Y.XmlText, index: number): number | undefined {
  const binding = (ySyncPluginKey.getState(state) as { binding?: { mapping: Map<unknown, unknown> } } | undefined)?.binding;
  const block = text.parent;
  const node = block ? binding?.mapping.get(block) : undefined;
  if (!node) return undefined;
  let found: number | undefined;
  state.doc.descendants((candidate: ProseMirrorNode, position: number) => {
    if (found !== undefined) return false;
    if (candidate === node) found = position + 1 + index;
    return found === undefined;
  });
  return found;
}

function decorations(state: EditorState, marks: readonly PassageMark[], ydoc: Y.Doc): DecorationSet {
  const found: Decoration[] = [];
  for (const mark of marks) {
    const passage = resolveAnchor(ydoc, mark.anchor);
    if (!passage || !(passage.start.type instanceof Y.XmlText) || passage.start.type !== passage.end.type) continue;
    const from = editorPosition(state, passage.start.type, passage.start.index);
    const to = editorPosition(state, passage.end.type, passage.end.index);
    if (from === undefined || to === undefined || to <= from) continue;
    found.push(Decoration.inline(from, to, { class: `passage-mark passage-mark-${mark.kind}`, title: mark.label }));
  }
  return DecorationSet.create(state.doc, found);
}

/**
 * Highlights the passages proposals and views are attached to, following them as the text is
 * edited; the title gives what is attached. The annex lists the same for screen-reader users.
 */
export const PassageMarks = Extension.create<{ marks: () => readonly PassageMark[]; ydoc: Y.Doc | null }>({
  name: 'passageMarks',
  addOptions() {
    return { marks: () => [], ydoc: null };
  },
  addProseMirrorPlugins() {
    const { marks, ydoc } = this.options;
    if (!ydoc) return [];
    return [
      new Plugin<DecorationSet>({
        key: passageMarksKey,
        state: {
          init: (_config, state) => decorations(state, marks(), ydoc),
          apply: (transaction, previous, _old, state) =>
            transaction.docChanged || transaction.getMeta(passageMarksKey) ? decorations(state, marks(), ydoc) : previous.map(transaction.mapping, state.doc),
        },
        props: { decorations: (state) => passageMarksKey.getState(state) },
      }),
    ];
  },
});
