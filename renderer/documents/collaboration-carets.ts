import { Extension } from '@tiptap/core';
import { yCursorPlugin } from '@tiptap/y-tiptap';
import type { Awareness } from 'y-protocols/awareness';

/**
 * Co-authors' carets and name labels, from the workspace's awareness. Built on y-tiptap's cursor
 * plugin directly: the published caret extension lags the editor's version. Carets of members in
 * other documents do not resolve in this body and are not drawn.
 */
export const CollaborationCarets = Extension.create<{ awareness: Awareness | null }>({
  name: 'collaborationCarets',
  addOptions() {
    return { awareness: null };
  },
  addProseMirrorPlugins() {
    return this.options.awareness ? [yCursorPlugin(this.options.awareness)] : [];
  },
});
