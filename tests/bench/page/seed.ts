import * as Y from 'yjs';
import { openDatabase, type DeskDatabase } from '../../../renderer/db/database';
import { saveIdentity } from '../../../renderer/members/identity-store';
import { dexieUpdateLog, type UpdateLog } from '../../../renderer/workspaces/update-log';
import { WorkspacePersistence } from '../../../renderer/workspaces/workspace-persistence';
import { localStorageJournals, WorkspaceService } from '../../../renderer/workspaces/workspace-service';
import type { Identity } from '../../../shared/members/identity';
import { WorkspaceDoc } from '../../../shared/workspace-doc/workspace-doc';
import { toBase64 } from 'lib0/buffer';
import { loadTrace, yieldToEventLoop, type Trace } from './shared';

export interface SeedOptions {
  /** Replay only the first `limit` edits (for trying the bench out). */
  limit: number;
  /** How many of the last edits go through the unchanged pipeline, one keystroke at a time. */
  typedEdits: number;
  /** Edits per event-loop turn in the bulk phase. */
  slice: number;
}

interface LogCounts {
  appendCalls: number;
  appendedUpdates: number;
  appendedBytes: number;
  /** Rows (and IndexedDB transactions) actually written. */
  rowsWritten: number;
  compactions: number;
  compactMs: number;
  /** Main-thread time inside compaction's fold (apply the rows, encode the snapshot), and its rows. */
  foldMs: number;
  foldRows: number;
  maxFoldMs: number;
}

const newCounts = (): LogCounts => ({ appendCalls: 0, appendedUpdates: 0, appendedBytes: 0, rowsWritten: 0, compactions: 0, compactMs: 0, foldMs: 0, foldRows: 0, maxFoldMs: 0 });

/** Where the bulk phase's log takes each turn's row from: the doc's changes since the last row. */
interface TurnSource {
  doc: Y.Doc;
  stored?: Uint8Array;
}

/**
 * The app's own Dexie log with counters. With a `turn` source, all updates appended during one
 * event-loop turn are stored as one row, in one IndexedDB transaction: the doc's changes since the
 * previous row (Y.encodeStateAsUpdateV2 against the stored state vector), which holds the same
 * as merging those updates (Y.mergeUpdatesV2 is far slower on thousands of them).
 */
function benchLog(inner: UpdateLog, counts: LogCounts, turn?: TurnSource): UpdateLog {
  let pending: Promise<void> | undefined;
  return {
    readAll: (workspaceId) => inner.readAll(workspaceId),
    count: (workspaceId) => inner.count(workspaceId),
    append(workspaceId, updates) {
      counts.appendCalls++;
      counts.appendedUpdates += updates.length;
      counts.appendedBytes += updates.reduce((sum, update) => sum + update.byteLength, 0);
      if (!turn) {
        counts.rowsWritten += updates.length;
        return inner.append(workspaceId, updates);
      }
      pending ??= new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => {
        pending = undefined;
        const row = Y.encodeStateAsUpdateV2(turn.doc, turn.stored);
        turn.stored = Y.encodeStateVector(turn.doc);
        counts.rowsWritten++;
        return inner.append(workspaceId, [row]);
      });
      return pending;
    },
    async compact(workspaceId, fold) {
      counts.compactions++;
      const start = performance.now();
      try {
        await inner.compact(workspaceId, (updates) => {
          const foldStart = performance.now();
          const snapshot = fold(updates);
          const took = performance.now() - foldStart;
          counts.foldMs += took;
          counts.foldRows += updates.length;
          counts.maxFoldMs = Math.max(counts.maxFoldMs, took);
          return snapshot;
        });
      } finally {
        counts.compactMs += performance.now() - start;
      }
    },
  };
}

/** The paragraph's text the trace is replayed into: the last block of the body. */
function traceText(workspace: WorkspaceDoc, documentId: string): Y.XmlText {
  const body = workspace.body(documentId);
  const paragraph = body.get(body.length - 1);
  const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : undefined;
  if (!(text instanceof Y.XmlText)) throw new Error('the charter body does not end with the trace paragraph');
  return text;
}

function replay(doc: Y.Doc, text: Y.XmlText, txn: Trace['txns'][number]): void {
  doc.transact(() => {
    for (const [pos, deleteCount, insert] of txn.patches) {
      if (deleteCount > 0) text.delete(pos, deleteCount);
      if (insert !== '') text.insert(pos, insert);
    }
  });
}

async function storedRows(db: DeskDatabase, workspaceId: string): Promise<{ rows: number; bytes: number }> {
  const rows = await db.updates.where('workspaceId').equals(workspaceId).toArray();
  return { rows: rows.length, bytes: rows.reduce((sum, row) => sum + row.update.byteLength, 0) };
}

/**
 * Creates the identity (so the app skips onboarding), a workspace and a charter with the app's
 * WorkspaceService and WorkspaceDoc, and replays the automerge-paper trace into a new paragraph at
 * the end of the charter body: one Y transaction per edit, every update going through the app's
 * WorkspacePersistence into its Dexie log.
 *
 * Bulk phase (all but the last `typedEdits` edits): `slice` edits per event-loop turn; the log
 * stores each turn's updates as one row (see benchLog), the journal is in memory (the persistence's
 * default) and no BroadcastChannel is connected. Unchanged, the pipeline takes ~2 ms per edit to
 * store it (one IndexedDB transaction and one localStorage entry each): ten minutes for the trace.
 * Automatic compaction is the app's.
 *
 * Typed phase (the last `typedEdits` edits): the workspace is closed and reopened through a
 * second WorkspaceService exactly as the app builds it (Dexie log, localStorage journal), and
 * the edits are replayed one at a time, each awaited until stored: a user typing at the end of a
 * long document. Its per-edit costs are reported.
 *
 * Then flush, compact, and report what is stored and the V1 snapshot.
 */
export async function runSeed(options: SeedOptions): Promise<unknown> {
  const trace = await loadTrace();
  const txns = trace.txns.slice(0, options.limit);
  const complete = txns.length === trace.txns.length;
  const typedFrom = Math.max(0, txns.length - options.typedEdits);
  const db = openDatabase();
  await db.open();
  const identity: Identity = {
    id: crypto.randomUUID(),
    name: 'Bench Runner',
    email: '',
    organisation: 'Benchmarks',
    stakeholderGroup: 'civil-society',
    region: '',
    timeZone: 'UTC',
  };
  await saveIdentity(db, identity);

  // --- bulk phase -------------------------------------------------------------------------------
  const bulkCounts = newCounts();
  const workspaceId = await new WorkspaceService(db, benchLog(dexieUpdateLog(db), bulkCounts)).create(
    { name: 'Bench coalition', acronym: '', focus: '', objectives: '', mailingList: '', website: '' },
    identity,
  );
  // WorkspaceService.open minus its BroadcastChannel to other windows (a postMessage per update,
  // not persistence); the typed phase below opens it the app's way.
  const bulkDoc = new Y.Doc();
  const turn: TurnSource = { doc: bulkDoc };
  const bulkPersistence = new WorkspacePersistence(benchLog(dexieUpdateLog(db), bulkCounts, turn), workspaceId, bulkDoc);
  await bulkPersistence.load();
  turn.stored = Y.encodeStateVector(bulkDoc);
  const bulkWorkspace = new WorkspaceDoc(bulkDoc);
  const me = bulkWorkspace.members().valid.find((member) => member.identityId === identity.id);
  if (!me) throw new Error('creator is not a member');
  const documentId = crypto.randomUUID();
  bulkWorkspace.createDocument({ id: documentId, title: 'Charter', type: 'charter', author: { memberId: me.id, name: me.name }, now: new Date() });
  // The structure the editor binding (y-prosemirror) uses: XmlElement('paragraph') > XmlText.
  bulkDoc.transact(() => {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText()]);
    const body = bulkWorkspace.body(documentId);
    body.insert(body.length, [paragraph]);
  });
  await bulkPersistence.flush();

  let text = traceText(bulkWorkspace, documentId);
  const bulkStart = performance.now();
  let bulkEditMs = 0;
  for (let i = 0; i < typedFrom; i += options.slice) {
    const sliceStart = performance.now();
    for (const txn of txns.slice(i, Math.min(i + options.slice, typedFrom))) replay(bulkDoc, text, txn);
    bulkEditMs += performance.now() - sliceStart;
    await yieldToEventLoop();
    await bulkPersistence.flush();
    if ((i / options.slice) % 10 === 9) console.log(`seed: ${i + options.slice} edits, ${((performance.now() - bulkStart) / 1000).toFixed(1)} s`);
  }
  const bulkMs = performance.now() - bulkStart;
  // Automatic compactions may still be running: wait for them by running one more (a no-op if folded).
  await bulkPersistence.compact();
  bulkPersistence.destroy();
  bulkDoc.destroy();
  const afterBulk = await storedRows(db, workspaceId);

  // --- typed phase: the app's pipeline unchanged ---------------------------------------------------
  const typedCounts = newCounts();
  const appService = new WorkspaceService(db, benchLog(dexieUpdateLog(db), typedCounts), localStorageJournals);
  const reopenStart = performance.now();
  const opened = await appService.open(workspaceId);
  const reopenMs = performance.now() - reopenStart;
  text = traceText(opened.workspace, documentId);
  const typedSync: number[] = [];
  const typedDurable: number[] = [];
  for (const txn of txns.slice(typedFrom)) {
    const start = performance.now();
    replay(opened.workspace.ydoc, text, txn);
    const edited = performance.now();
    await opened.persistence.flush();
    typedSync.push(edited - start);
    typedDurable.push(performance.now() - start);
  }
  const finalText = text.toString();
  if (complete && finalText !== trace.endContent) throw new Error(`replayed text differs from endContent (${finalText.length} vs ${trace.endContent.length} chars)`);

  // --- final compaction and what is stored --------------------------------------------------------
  await opened.persistence.flush();
  const beforeCompact = await storedRows(db, workspaceId);
  const compactStart = performance.now();
  await opened.persistence.compact();
  const finalCompactMs = performance.now() - compactStart;
  const afterCompact = await storedRows(db, workspaceId);

  const ydoc = opened.workspace.ydoc;
  const snapshotV1 = Y.encodeStateAsUpdate(ydoc);
  const snapshotV2 = Y.encodeStateAsUpdateV2(ydoc);
  const bodyLength = opened.workspace.body(documentId).toString().length;
  const journalKeys = Object.keys(localStorage).filter((key) => key.startsWith(`coalition-desk:journal:${workspaceId}`)).length;
  opened.close();
  await opened.persistence.flush();
  db.close();

  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
  const quantile = (values: number[], q: number) => sorted(values)[Math.min(values.length - 1, Math.floor(q * values.length))] ?? NaN;
  return {
    options,
    workspaceId,
    documentId,
    edits: txns.length,
    textLength: finalText.length,
    textTail: finalText.slice(-64),
    bodyLength,
    bulk: { edits: typedFrom, ms: bulkMs, editMs: bulkEditMs, counts: bulkCounts, stored: afterBulk },
    typed: {
      edits: typedSync.length,
      reopenMs,
      syncMsMean: sum(typedSync) / Math.max(1, typedSync.length),
      durableMsMedian: quantile(typedDurable, 0.5),
      durableMsP95: quantile(typedDurable, 0.95),
      durableMsMax: quantile(typedDurable, 1),
      counts: typedCounts,
    },
    finalCompactMs,
    beforeCompact,
    afterCompact,
    snapshotV1Bytes: snapshotV1.byteLength,
    snapshotV2Bytes: snapshotV2.byteLength,
    snapshotV1: toBase64(snapshotV1),
    journalKeys,
  };
}
