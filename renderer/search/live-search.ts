import * as Y from 'yjs';
import { bytesToBase64 } from '../../shared/integrity/base64';
import { collectChanges, type PendingChanges } from '../../shared/search/changed-sources';
import { WorkspaceIndex, type SearchGroup } from '../../shared/search/workspace-index';
import type { DeskDatabase } from '../db/database';
import { loadStoredIndex, saveStoredIndex } from './search-store';

/** Quiet states for the dialog's status line: nothing here is ever an error shown to the member. */
export type LiveSearchStatus = 'loading' | 'building' | 'ready' | 'rebuilt';

/** How long typing may pause before the changed records are re-read: one re-index per burst, not per key. */
export const REINDEX_DELAY_MS = 300;
/**
 * Saving serialises the whole index (about half a second for the bench's 4,700 records), so it
 * waits for a quiet spell, not a pause between words; closing the workspace or the page saves too,
 * and whatever a lost save missed is levelled from the doc at the next start.
 */
const SAVE_DELAY_MS = 20_000;

/**
 * A workspace's search index while the workspace is open: loaded from Dexie (or rebuilt when the
 * stored one is missing, damaged or of another version), levelled with the doc, then kept up to
 * date from every transaction — local or a peer's — by re-reading only the keys they touched.
 */
export class LiveSearch {
  private index: WorkspaceIndex | undefined;
  private pending: PendingChanges = new Map();
  private reindexTimer: ReturnType<typeof setTimeout> | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private dirty = false;
  private closed = false;
  /** Replaced (never mutated) on every change, as useSyncExternalStore needs. */
  snapshot: { status: LiveSearchStatus; revision: number } = { status: 'loading', revision: 0 };
  private readonly listeners = new Set<() => void>();
  private readonly onTransaction = (transaction: Y.Transaction) => {
    // The whole cost a keystroke pays: note the changed keys, (re)arm one timer.
    collectChanges(transaction, this.pending);
    if (this.pending.size > 0 && this.reindexTimer === undefined) this.reindexTimer = setTimeout(() => this.flush(), REINDEX_DELAY_MS);
  };
  readonly ready: Promise<void>;

  constructor(
    private readonly db: DeskDatabase,
    readonly workspaceId: string,
    private readonly ydoc: Y.Doc,
  ) {
    ydoc.on('afterTransaction', this.onTransaction);
    this.ready = this.start();
  }

  get status(): LiveSearchStatus {
    return this.snapshot.status;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private setStatus(status: LiveSearchStatus): void {
    this.snapshot = { status, revision: this.snapshot.revision + 1 };
    this.listeners.forEach((listener) => listener());
  }

  private async start(): Promise<void> {
    const stored = await loadStoredIndex(this.db, this.workspaceId).catch(() => undefined);
    if (this.closed) return;
    const loaded = stored === undefined ? undefined : WorkspaceIndex.load(stored);
    if (loaded) {
      this.index = loaded.index;
      // Changes that arrived while the workspace was closed (or before the last save) are levelled here.
      if (loaded.stateVector !== bytesToBase64(Y.encodeStateVector(this.ydoc))) {
        this.index.reconcile(this.ydoc);
        this.scheduleSave();
      }
      this.pending = new Map();
      this.setStatus('ready');
      return;
    }
    this.setStatus('building');
    // Off the opening task, so a rebuild never delays the first paint of the workspace.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (this.closed) return;
    this.rebuild(stored === undefined ? 'ready' : 'rebuilt');
  }

  private rebuild(status: LiveSearchStatus): void {
    this.index = WorkspaceIndex.build(this.ydoc);
    this.pending = new Map();
    this.dirty = true;
    this.scheduleSave();
    this.setStatus(status);
  }

  /** Re-indexes what changed since the last flush. */
  flush(): void {
    clearTimeout(this.reindexTimer);
    this.reindexTimer = undefined;
    if (!this.index || this.pending.size === 0) return;
    const changes = this.pending;
    this.pending = new Map();
    const result = this.index.apply(this.ydoc, changes);
    if (result.added + result.replaced + result.removed > 0) {
      this.dirty = true;
      this.scheduleSave();
      this.setStatus(this.snapshot.status);
    }
  }

  private scheduleSave(): void {
    this.dirty = true;
    if (this.closed) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save(), SAVE_DELAY_MS);
  }

  /** Writes the index with the state vector it matches; a failed write only means a longer next start. */
  async save(): Promise<void> {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.flush();
    if (!this.index || !this.dirty) return;
    this.dirty = false;
    await saveStoredIndex(this.db, this.workspaceId, this.index.serialise(Y.encodeStateVector(this.ydoc))).catch(() => {
      this.dirty = true;
    });
  }

  /** Results as of now: changes still waiting for the re-index timer are applied first. */
  search(query: string): SearchGroup[] {
    this.flush();
    if (!this.index) return [];
    try {
      return this.index.search(query);
    } catch {
      // A stored index can load and still be damaged inside: rebuild it, quietly.
      this.rebuild('rebuilt');
      return this.index.search(query);
    }
  }

  documentTitle(documentId: string): string | undefined {
    return this.index?.fields(`document:${documentId}`)?.title;
  }

  async close(): Promise<void> {
    this.ydoc.off('afterTransaction', this.onTransaction);
    await this.save();
    this.closed = true;
    clearTimeout(this.reindexTimer);
  }
}
