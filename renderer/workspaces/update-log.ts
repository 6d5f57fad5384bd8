import type { DeskDatabase } from '../db/database';

/** The storage a workspace's Y.Doc persists through; an interface so failure paths can be tested. */
export interface UpdateLog {
  readAll(workspaceId: string): Promise<Array<{ seq: number; update: Uint8Array }>>;
  append(workspaceId: string, updates: Uint8Array[]): Promise<void>;
  /**
   * Atomically replaces every stored row with the snapshot `fold` makes of them. Runs in one
   * transaction, so a row another window appends meanwhile is either folded in or kept.
   */
  compact(workspaceId: string, fold: (updates: Uint8Array[]) => Uint8Array): Promise<void>;
  count(workspaceId: string): Promise<number>;
}

/**
 * Appends in one IndexedDB transaction committed in the same task as its requests. Left to itself
 * (and to Dexie, which commits once its promises settle) a transaction commits only after the page
 * has handled its requests' success events, and while keys arrive the page handles input first:
 * keys typed at full speed stayed in memory for 80–250 ms (decision 0024). Undefined when the
 * connection cannot take a transaction now (closed, or closing after a disk error): Dexie reopens it.
 */
function appendCommittedAtOnce(db: DeskDatabase, rows: Array<{ workspaceId: string; update: Uint8Array }>): Promise<void> | undefined {
  let transaction: IDBTransaction;
  try {
    transaction = db.backendDB().transaction(db.updates.name, 'readwrite');
  } catch {
    return undefined;
  }
  const done = new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new DOMException('The transaction was aborted', 'AbortError'));
  });
  const store = transaction.objectStore(db.updates.name);
  for (const row of rows) store.add(row);
  transaction.commit();
  return done;
}

export function dexieUpdateLog(db: DeskDatabase): UpdateLog {
  return {
    async readAll(workspaceId) {
      const rows = await db.updates.where('workspaceId').equals(workspaceId).sortBy('seq');
      return rows.map((row) => ({ seq: row.seq ?? 0, update: row.update }));
    },
    async append(workspaceId, updates) {
      const rows = updates.map((update) => ({ workspaceId, update }));
      await ((db.isOpen() ? appendCommittedAtOnce(db, rows) : undefined) ?? db.updates.bulkAdd(rows));
    },
    async compact(workspaceId, fold) {
      await db.transaction('rw', db.updates, async () => {
        const rows = await db.updates.where('workspaceId').equals(workspaceId).toArray();
        if (rows.length < 2) return;
        const snapshot = fold(rows.map((row) => row.update));
        await db.updates.bulkDelete(rows.map((row) => row.seq ?? 0));
        await db.updates.add({ workspaceId, update: snapshot });
      });
    },
    count(workspaceId) {
      return db.updates.where('workspaceId').equals(workspaceId).count();
    },
  };
}
