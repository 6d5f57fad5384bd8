import { Dexie, type EntityTable, type Table } from 'dexie';

/** A registry row. Stored as written; parsed with WorkspaceEntrySchema on every read, since a row can be damaged. */
export interface WorkspaceRow {
  id: string;
  name: unknown;
  createdAt: unknown;
  lastOpenedAt?: unknown;
  archived: unknown;
}

/** One Yjs update (V2 encoding) in a workspace's append-only log; compaction folds many into one. */
export interface UpdateRow {
  seq?: number;
  workspaceId: string;
  update: Uint8Array;
}

export interface LocalRow {
  key: string;
  value: unknown;
}

/** Local-only: how this install reaches a workspace's peers. The secret never enters the shared doc. */
export interface SyncSettingsRow {
  workspaceId: string;
  secret: string;
  signaling: string[];
  rekeyedAt?: string;
}

/** Local-only, append-only: every verified signed entry this install has seen, with when it arrived. */
export interface ArchiveRow {
  workspaceId: string;
  entryId: string;
  entry: unknown;
  receivedAt: string;
}

/** Local-only: the first public key this install saw for a member (trust on first use). */
export interface PinnedKeyRow {
  workspaceId: string;
  memberId: string;
  publicKey: string;
}

/** Local-only: what a member had when they made their last sync file, so the next file can carry only what they lack. */
export interface PeerStateRow {
  workspaceId: string;
  memberId: string;
  name: unknown;
  /** Yjs state vector; parsed on read, since a row can be damaged. */
  stateVector: unknown;
  madeAt: unknown;
}

/** Local-only: a workspace's serialised search index. Parsed on read (shared/search/workspace-index.ts); a damaged one is rebuilt. */
export interface SearchIndexRow {
  workspaceId: string;
  data: unknown;
  savedAt: string;
}

export type DeskDatabase = Dexie & {
  searchIndexes: EntityTable<SearchIndexRow, 'workspaceId'>;
  archive: Table<ArchiveRow, [string, string]>;
  pinnedKeys: Table<PinnedKeyRow, [string, string]>;
  peerStates: Table<PeerStateRow, [string, string]>;
  syncSettings: EntityTable<SyncSettingsRow, 'workspaceId'>;
  workspaces: EntityTable<WorkspaceRow, 'id'>;
  updates: EntityTable<UpdateRow, 'seq'>;
  local: EntityTable<LocalRow, 'key'>;
};

export const DATABASE_NAME = 'coalition-desk';

/**
 * Every schema change is a new numbered version here, never an edit of an old one: installs
 * upgrade in order, and order matters.
 */
export function openDatabase(name = DATABASE_NAME, options?: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange }): DeskDatabase {
  const db = new Dexie(name, options) as DeskDatabase;
  db.version(1).stores({
    workspaces: 'id, archived',
    updates: '++seq, workspaceId',
    local: 'key',
  });
  // v2: workspaces become shareable; each gets a secret. Existing ones get theirs on first open.
  db.version(2).stores({ syncSettings: 'workspaceId' });
  // v3: signed positions and views; the archive that restores what disappears, and pinned keys.
  db.version(3).stores({ archive: '[workspaceId+entryId], workspaceId', pinnedKeys: '[workspaceId+memberId], workspaceId' });
  // v4: sync files (docs/decisions/0012-sync-files.md); what each member had as of their last file.
  db.version(4).stores({ peerStates: '[workspaceId+memberId], workspaceId' });
  // v5: search (docs/decisions/0030-search-library.md); a cold start loads the index instead of rebuilding it.
  db.version(5).stores({ searchIndexes: 'workspaceId' });
  return db;
}
