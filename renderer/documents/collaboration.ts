import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, type EditorState, type Transaction } from '@tiptap/pm/state';
import { redo, undo, ySyncPlugin, ySyncPluginKey, yUndoPlugin, yUndoPluginKey, type ProsemirrorBinding } from 'y-prosemirror';
import type * as Y from 'yjs';

/**
 * The editor bound to a document's Y.XmlFragment with y-prosemirror, the Yjs project's own
 * binding (decision 0010). TipTap's Collaboration extension wraps a fork that rebuilds every
 * node of the document on each co-author's keystroke; this one rebuilds only what changed.
 * Undo is Yjs's: it undoes this user's edits only, never a co-author's.
 */

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    collaboration: {
      undo: () => ReturnType;
      redo: () => ReturnType;
    };
  }
}

type UndoState = { undoManager: Y.UndoManager } | undefined;

function undoManagerOf(state: EditorState): Y.UndoManager | undefined {
  return (yUndoPluginKey.getState(state) as UndoState)?.undoManager;
}

/** A transaction that applies a co-author's (or a stored) change, not one made in this editor. */
export function isRemoteChange(transaction: Transaction): boolean {
  return transaction.getMeta(ySyncPluginKey) !== undefined;
}

type SyncState = { binding: ProsemirrorBinding | null; doc: Y.Doc; snapshot: unknown; prevSnapshot: unknown } | undefined;

/**
 * Writes the document this editor is about to show into Yjs now, before ProseMirror redraws the
 * page, so co-authors get the change without waiting for the browser's layout. y-prosemirror
 * would write the same change after the redraw; it then finds nothing left to write. Exactly what
 * the binding does after a redraw, minus its first-render and history-snapshot cases, which are
 * left to it.
 */
export function writeToYjsBeforeRedraw(state: EditorState, doc: ProseMirrorNode): void {
  const sync = ySyncPluginKey.getState(state) as SyncState;
  if (!sync?.binding || sync.snapshot != null || sync.prevSnapshot != null) return;
  const binding = sync.binding;
  binding.mux(() => {
    sync.doc.transact((transaction) => {
      transaction.meta.set('addToHistory', true);
      binding._prosemirrorChanged(doc);
    }, ySyncPluginKey);
  });
}

/**
 * ProseMirror destroys and re-creates every plugin view when the editor's plugins change (TipTap
 * does that as extensions register); y-prosemirror's undo view destroys its UndoManager then, and
 * undo stops working. This keeps the manager and re-attaches it to the new view instead, as
 * TipTap's own Collaboration extension does.
 */
function undoThatSurvivesReconfiguration(): Plugin {
  const plugin = yUndoPlugin();
  const createView = plugin.spec.view;
  let reattach: (() => void) | undefined;
  plugin.spec.view = (view) => {
    const undoManager = undoManagerOf(view.state);
    reattach?.();
    reattach = undefined;
    const inner = createView?.(view);
    return {
      ...inner,
      destroy: () => {
        if (!undoManager) return inner?.destroy?.();
        const tracksItself = undoManager.trackedOrigins.has(undoManager);
        const observers = undoManager._observers;
        reattach = () => {
          if (tracksItself) undoManager.trackedOrigins.add(undoManager);
          undoManager.doc.on('afterTransaction', undoManager.afterTransactionHandler);
          undoManager._observers = observers;
        };
        inner?.destroy?.();
      },
    };
  };
  return plugin;
}

export const Collaboration = Extension.create<{ fragment: Y.XmlFragment | null }>({
  name: 'collaboration',
  priority: 1000,
  addOptions() {
    return { fragment: null };
  },
  addCommands() {
    const run =
      (action: typeof undo, stack: 'undoStack' | 'redoStack') =>
      () =>
      ({ state, dispatch, tr }: { state: EditorState; dispatch?: unknown; tr: Transaction }) => {
        // y-prosemirror applies the change to Yjs itself; TipTap must not dispatch its own transaction.
        tr.setMeta('preventDispatch', true);
        if ((undoManagerOf(state)?.[stack].length ?? 0) === 0) return false;
        return dispatch ? action(state) : true;
      };
    return { undo: run(undo, 'undoStack'), redo: run(redo, 'redoStack') };
  },
  addKeyboardShortcuts() {
    return {
      'Mod-z': () => this.editor.commands.undo(),
      'Mod-y': () => this.editor.commands.redo(),
      'Shift-Mod-z': () => this.editor.commands.redo(),
    };
  },
  addProseMirrorPlugins() {
    const fragment = this.options.fragment;
    if (!fragment) return [];
    return [
      ySyncPlugin(fragment),
      undoThatSurvivesReconfiguration(),
      // A markdown shortcut ("## ") is its own undo step, as in any editor.
      new Plugin({
        filterTransaction: (transaction, state) => {
          if (transaction.getMeta('inputRule')) undoManagerOf(state)?.stopCapturing();
          return true;
        },
      }),
    ];
  },
});
