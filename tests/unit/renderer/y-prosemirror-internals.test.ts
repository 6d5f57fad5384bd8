import { readFileSync } from 'node:fs';
import { Schema } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { yUndoPlugin, yUndoPluginKey, ySyncPlugin, ySyncPluginKey } from 'y-prosemirror';
import * as Y from 'yjs';
import { writeToYjsBeforeRedraw } from '../../../renderer/documents/collaboration';

/**
 * The editor binding reaches into members y-prosemirror (and the Y.UndoManager it creates) keep
 * private: collaboration.ts writes through the binding before the redraw and re-attaches the undo
 * manager; passage marks and selection anchors read its node mapping. This is why package.json
 * pins y-prosemirror exactly: an upgrade that renames or reshapes any of them fails here first.
 */
const schema = new Schema({
  nodes: { doc: { content: 'paragraph+' }, paragraph: { content: 'text*', toDOM: () => ['p', 0] }, text: {} },
});
const paragraphs = (...texts: string[]) => schema.node('doc', null, texts.map((text) => schema.node('paragraph', null, text ? [schema.text(text)] : [])));

function boundState() {
  const ydoc = new Y.Doc();
  const fragment = ydoc.getXmlFragment('body:charter');
  const state = EditorState.create({ schema, doc: paragraphs(''), plugins: [ySyncPlugin(fragment), yUndoPlugin()] });
  return { ydoc, fragment, state };
}

describe('the y-prosemirror members the editor binding relies on', () => {
  it('is the exact version package.json pins', () => {
    const installed = JSON.parse(readFileSync('node_modules/y-prosemirror/package.json', 'utf8')) as { version: string };
    const pinned = (JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> }).dependencies['y-prosemirror'];
    expect(pinned).toBe(installed.version);
  });

  it('keeps the sync state, binding, mutex and node mapping in the shape collaboration.ts reads', () => {
    const { ydoc, state } = boundState();
    const sync = ySyncPluginKey.getState(state) as Record<string, unknown>;
    expect(sync).toMatchObject({ doc: ydoc, snapshot: null, prevSnapshot: null });
    const binding = sync.binding as Record<string, unknown>;
    expect(typeof binding.mux).toBe('function');
    expect(typeof binding._prosemirrorChanged).toBe('function');
    expect(binding.mapping).toBeInstanceOf(Map);
    expect(binding).toHaveProperty('prosemirrorView', null);
  });

  it('writes a document into Yjs through the binding, and maps each Yjs node to its ProseMirror node', () => {
    const { fragment, state } = boundState();
    const binding = (ySyncPluginKey.getState(state) as { binding: { prosemirrorView: unknown; mapping: Map<unknown, unknown> } }).binding;
    // What initView() sets; _prosemirrorChanged reads the selection from it.
    binding.prosemirrorView = { state };
    const doc = paragraphs('Amara drafts the charter.', 'Ko comments.');
    writeToYjsBeforeRedraw(state, doc);
    expect(fragment.toArray().map((node) => (node as Y.XmlElement).toString())).toEqual([
      '<paragraph>Amara drafts the charter.</paragraph>',
      '<paragraph>Ko comments.</paragraph>',
    ]);
    const first = fragment.get(0);
    expect(binding.mapping.get(first)).toBe(doc.child(0));
  });

  it('keeps the undo manager members the undo re-attachment restores', () => {
    const { state } = boundState();
    const undoManager = (yUndoPluginKey.getState(state) as { undoManager: Y.UndoManager }).undoManager;
    expect(undoManager).toBeInstanceOf(Y.UndoManager);
    expect(undoManager.trackedOrigins).toBeInstanceOf(Set);
    expect(undoManager.trackedOrigins.has(ySyncPluginKey)).toBe(true);
    expect(typeof undoManager.afterTransactionHandler).toBe('function');
    expect(undoManager._observers).toBeInstanceOf(Map);
  });
});
