import * as Y from 'yjs';

/**
 * Changes from a file enter the document with this origin: not the local editor's and not
 * ALREADY_STORED, so they are stored, relayed to other windows and peers, and checked like a
 * peer's (docs/decisions/0012-sync-files.md).
 */
export const SYNC_FILE_ORIGIN = Symbol('sync-file');

export interface AppliedBundle {
  /** Items the document gained (a character typed counts one) plus items newly deleted. */
  changes: number;
  /** Part of the file builds on changes this document lacks; Yjs holds it until they arrive. */
  waiting: boolean;
}

function deletedCount(deleteSet: Y.Transaction['deleteSet']): number {
  let count = 0;
  deleteSet.clients.forEach((ranges) => ranges.forEach((range) => (count += range.len)));
  return count;
}

/** Applies a bundle's update (V2) in one transaction and counts honestly what it changed. */
export function applyBundleUpdate(doc: Y.Doc, update: Uint8Array, origin: unknown = SYNC_FILE_ORIGIN): AppliedBundle {
  let changes = 0;
  const count = (transaction: Y.Transaction) => {
    transaction.afterState.forEach((clock, client) => (changes += clock - (transaction.beforeState.get(client) ?? 0)));
    changes += deletedCount(transaction.deleteSet);
  };
  doc.on('afterTransaction', count);
  try {
    Y.applyUpdateV2(doc, update, origin);
  } finally {
    doc.off('afterTransaction', count);
  }
  return { changes, waiting: doc.store.pendingStructs !== null || doc.store.pendingDs !== null };
}
