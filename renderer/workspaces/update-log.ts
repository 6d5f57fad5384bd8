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

export function dexieUpdateLog(db: DeskDatabase): UpdateLog {
  return {
    async readAll(workspaceId) {
      const rows = await db.updates.where('workspaceId').equals(workspaceId).sortBy('seq');
      return rows.map((row) => ({ seq: row.seq ?? 0, update: row.update }));
    },
    async append(workspaceId, updates) {
      await db.updates.bulkAdd(updates.map((update) => ({ workspaceId, update })));
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
