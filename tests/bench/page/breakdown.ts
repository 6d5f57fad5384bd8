import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import * as Y from 'yjs';
import { openDatabase } from '../../../renderer/db/database';
import { loadIdentity } from '../../../renderer/members/identity-store';
import { dexieUpdateLog } from '../../../renderer/workspaces/update-log';
import { Collaboration } from '../../../renderer/documents/collaboration';
import { whenTextShown } from './shared';

/**
 * Where a cold open's time goes, step by step, in a freshly launched browser on the seeded
 * profile: open the Dexie database, load the identity (as App does), read the workspace's log
 * rows, apply them with Y.applyUpdateV2 in one transaction (as WorkspacePersistence.load does),
 * then bind a TipTap editor with the app's extensions (as DocumentEditor does) and wait until the
 * text is in its DOM. No React, router or i18n: the difference to the app's figure is theirs.
 */
export async function runBreakdown(workspaceId: string, documentId: string, textLength: number, moduleStart: number): Promise<unknown> {
  const marks: Record<string, number> = { moduleStart };
  const db = openDatabase();
  await db.open();
  marks.dbOpen = performance.now();
  if (!(await loadIdentity(db))) throw new Error('no identity stored');
  marks.identityLoaded = performance.now();
  const rows = await dexieUpdateLog(db).readAll(workspaceId);
  marks.rowsRead = performance.now();
  const doc = new Y.Doc();
  Y.transact(doc, () => rows.forEach((row) => Y.applyUpdateV2(doc, row.update)));
  marks.applied = performance.now();
  const body = doc.getXmlFragment(`body:${documentId}`);
  const paragraph = body.get(body.length - 1);
  const tail = paragraph instanceof Y.XmlElement ? paragraph.toArray().map((child) => (child instanceof Y.XmlText ? child.toString() : '')).join('').slice(-64) : '';

  const host = document.getElementById('editor');
  if (!host) throw new Error('no #editor');
  const shown = whenTextShown(host, () => document.getElementById('document-body'), textLength, tail);
  const editor = new Editor({
    element: host,
    extensions: [StarterKit.configure({ undoRedo: false, link: { openOnClick: false, autolink: true } }), Collaboration.configure({ fragment: body })],
    editorProps: { attributes: { id: 'document-body', class: 'document-body', role: 'textbox' } },
  });
  marks.editorCreated = performance.now();
  marks.textInDom = await shown;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  marks.nextFrame = performance.now();
  const storedBytes = rows.reduce((sum, row) => sum + row.update.byteLength, 0);
  editor.destroy();
  db.close();
  return { marks, rows: rows.length, storedBytes };
}
