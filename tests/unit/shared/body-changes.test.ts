import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { writeBlocks } from '../../../shared/documents/document-blocks';
import { bodyChanges, changesBodiesOnly } from '../../../shared/workspace-doc/body-changes';
import { WorkspaceDoc } from '../../../shared/workspace-doc/workspace-doc';

/** What the last transaction on `doc` was, as changesBodiesOnly sees it. */
function watch(doc: Y.Doc): () => boolean | undefined {
  let last: boolean | undefined;
  doc.on('afterTransaction', (transaction: Y.Transaction) => (last = changesBodiesOnly(transaction)));
  return () => last;
}

describe('telling typing apart from other changes', () => {
  const author = { memberId: 'm1', name: 'Ines Marlow' };

  it('a keystroke in a body, local or from a peer, is a body-only change', () => {
    const doc = new Y.Doc();
    const workspace = new WorkspaceDoc(doc);
    const body = workspace.body('charter');
    writeBlocks(body, [{ kind: 'bulletList', items: ['first point'] }]);
    const last = watch(doc);
    const text = ((body.get(0) as Y.XmlElement).get(0) as Y.XmlElement).get(0) as Y.XmlElement;
    (text.get(0) as Y.XmlText).insert(5, 'ly');
    expect(last()).toBe(true);

    const peer = new Y.Doc();
    const peerLast = watch(peer);
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    expect(peerLast()).toBe(true);
  });

  it('members, document metadata or anything outside bodies is not', () => {
    const doc = new Y.Doc();
    const workspace = new WorkspaceDoc(doc);
    const last = watch(doc);
    workspace.createDocument({ id: 'notes', type: 'blank', title: 'Notes', author, now: new Date('2026-11-02T10:00:00Z') });
    expect(last()).toBe(false);
    doc.getMap('views').set('v1', 'a view');
    expect(last()).toBe(false);
    doc.transact(() => {
      writeBlocks(workspace.body('notes'), [{ kind: 'paragraph', text: 'text' }]);
      doc.getMap('views').delete('v1');
    });
    expect(last()).toBe(false);
  });

  it('names the documents whose text changed', () => {
    const doc = new Y.Doc();
    const workspace = new WorkspaceDoc(doc);
    let last: ReturnType<typeof bodyChanges> | undefined;
    doc.on('afterTransaction', (transaction: Y.Transaction) => (last = bodyChanges(transaction)));
    doc.transact(() => {
      writeBlocks(workspace.body('charter'), [{ kind: 'paragraph', text: 'Mission' }]);
      writeBlocks(workspace.body('statement'), [{ kind: 'paragraph', text: 'We call on' }]);
    });
    expect(last).toEqual({ documentIds: new Set(['charter', 'statement']), other: false });
  });
});
