import type { DeskDatabase } from '../db/database';

/** The stored index text of a workspace, or undefined when there is none or the row is not text. */
export async function loadStoredIndex(db: DeskDatabase, workspaceId: string): Promise<string | undefined> {
  const row = await db.searchIndexes.get(workspaceId);
  return typeof row?.data === 'string' ? row.data : undefined;
}

export async function saveStoredIndex(db: DeskDatabase, workspaceId: string, data: string): Promise<void> {
  await db.searchIndexes.put({ workspaceId, data, savedAt: new Date().toISOString() });
}
