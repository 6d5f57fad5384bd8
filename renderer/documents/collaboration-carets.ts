import { Extension } from '@tiptap/core';
import { yCursorPlugin } from 'y-prosemirror';
import type { Awareness } from 'y-protocols/awareness';

/**
 * Co-authors' carets and name labels, from the workspace's awareness. Built on y-prosemirror's cursor
 * plugin, like the binding (collaboration.ts). Carets of members in
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
