import * as Y from 'yjs';
import type { UpdateLog } from './update-log';
import { storageFailureMessage, storageFailureReason, type StorageFailureReason } from './storage-failure';
import { memoryJournal, type WriteAheadJournal } from './write-ahead-journal';

export type SaveState =
  /** Everything in the document is in the log: nothing queued, nothing in flight. */
  | { kind: 'saved' }
  | { kind: 'saving' }
  /** Writes failed; the changes are still in memory and retried. `reason` tells the user what to do. */
  | { kind: 'failing'; reason: StorageFailureReason; message: string };

/**
 * What the start-up replay could not bring back: journal entries that cannot be read (kept where
 * they are, never deleted), or stored changes that wait for others the log does not have.
 */
export interface ReplayProblem {
  unreadableJournalEntries: number;
  missingChanges: boolean;
}

export class DamagedWorkspaceError extends Error {
  constructor(
    readonly workspaceId: string,
    readonly reason: unknown,
  ) {
    super(`Stored data of workspace ${workspaceId} cannot be read`);
  }
}

/** Origin for updates another window of this install has already written to the log. */
export const ALREADY_STORED = Symbol('already-stored');

const COMPACT_AFTER_ROWS = 200;
/** A full disk is freed by hand: the save should follow within seconds, not half a minute. */
const MAX_RETRY_MS = 5_000;
const WRITE_STALL_MS = 15_000;

/** True when the doc holds changes it cannot integrate yet: others they depend on are missing. */
function waitsForMissingChanges(doc: Y.Doc): boolean {
  return doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
}

/**
 * Keeps a workspace's Y.Doc in its update log: every change is appended as it happens (no save
 * button), failed writes stay queued and are retried, and the log is folded into one snapshot
 * when it grows.
 */
export class WorkspacePersistence {
  /** Updates not yet handed to the log, each with the journal entries that hold it. */
  private pending: Array<{ update: Uint8Array; journalIds: number[] }> = [];
  private readonly inFlight = new Set<Promise<void>>();
  private retryDelay = 500;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private rowsSinceCompaction = 0;
  private destroyed = false;
  private listeners = new Set<(state: SaveState) => void>();
  state: SaveState = { kind: 'saved' };
  replayProblem: ReplayProblem | undefined;

  constructor(
    private readonly log: UpdateLog,
    readonly workspaceId: string,
    readonly doc: Y.Doc,
    private readonly journal: WriteAheadJournal = memoryJournal(),
  ) {}

  /** Applies the stored log; throws DamagedWorkspaceError when any stored row cannot be applied. */
  async load(): Promise<void> {
    const rows = await this.log.readAll(this.workspaceId);
    try {
      Y.transact(
        this.doc,
        () => {
          for (const row of rows) Y.applyUpdateV2(this.doc, row.update, this);
        },
        this,
      );
    } catch (error) {
      throw new DamagedWorkspaceError(this.workspaceId, error);
    }
    this.rowsSinceCompaction = rows.length;
    // V1 events: the sync provider has Yjs encode each change as V1 anyway, and a second (V2)
    // encoding on every keystroke's way out costs more than converting here at the end of the task.
    this.doc.on('update', this.onUpdate);
    const unreadable = this.recoverJournal();
    const missingChanges = waitsForMissingChanges(this.doc);
    if (unreadable > 0 || missingChanges) this.replayProblem = { unreadableJournalEntries: unreadable, missingChanges };
    if (rows.length > COMPACT_AFTER_ROWS) void this.compact().catch(() => undefined);
  }

  /**
   * Replays changes the last session typed but could not store before it closed, and queues them
   * for the log like new changes: until the log has them the status is not "saved". Returns how
   * many entries could not be read (they stay in the journal).
   */
  private recoverJournal(): number {
    const entries = this.journal.entries();
    if (entries.length === 0) return 0;
    const unreadable: number[] = [];
    Y.transact(
      this.doc,
      () => {
        for (const entry of entries) {
          try {
            Y.applyUpdateV2(this.doc, entry.update, this);
          } catch {
            unreadable.push(entry.id);
          }
        }
      },
      this,
    );
    const readable = entries.filter((entry) => !unreadable.includes(entry.id));
    this.pending.push(...readable.map((entry) => ({ update: entry.update, journalIds: [entry.id] })));
    this.write();
    return unreadable.length;
  }

  onSaveState(listener: (state: SaveState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves when everything queued so far is stored (or rejects with the write error). */
  async flush(): Promise<void> {
    this.store();
    while (this.pending.length > 0 || this.inFlight.size > 0) {
      if (this.state.kind === 'failing') throw new Error(this.state.message);
      if (this.pending.length > 0) this.write();
      await Promise.allSettled([...this.inFlight]);
    }
    if (this.state.kind === 'failing') throw new Error(this.state.message);
  }

  async compact(): Promise<void> {
    await this.flush();
    await this.log.compact(this.workspaceId, (updates) => {
      // Fold in rows other windows appended, so the snapshot holds everything it replaces.
      Y.transact(this.doc, () => updates.forEach((update) => Y.applyUpdateV2(this.doc, update, this)), this);
      return Y.encodeStateAsUpdateV2(this.doc);
    });
    this.rowsSinceCompaction = 1;
  }


  destroy(): void {
    this.store(); // this task's last changes still go to the journal and the log
    this.destroyed = true;
    this.doc.off('update', this.onUpdate);
    clearTimeout(this.retryTimer);
    this.listeners.clear();
  }

  /** Changes of the current task, journalled and written together at its end. */
  private arriving: Uint8Array[] = [];

  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this || origin === ALREADY_STORED) return;
    // At the end of the task, not now: the sync provider's handler runs after this one and sends
    // the keystroke to co-authors first. A microtask still runs before the window can close.
    if (this.arriving.length === 0) queueMicrotask(this.store);
    this.arriving.push(update);
  };

  private readonly store = (): void => {
    if (!this.queueArriving()) return;
    // While failing, the retry timer owns the queue; otherwise every change goes to disk at once.
    if (this.state.kind !== 'failing') this.write();
  };

  /** Moves the current task's changes to the write queue, journalled; false when there were none. */
  private queueArriving(): boolean {
    const updates = this.arriving;
    this.arriving = [];
    if (updates.length === 0) return false;
    const update = Y.convertUpdateFormatV1ToV2(updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates));
    this.pending.push({ update, journalIds: [this.journal.add(update)] });
    return true;
  }

  private setState(state: SaveState): void {
    this.state = state;
    this.listeners.forEach((listener) => listener(state));
  }

  /**
   * Starts a write of everything queued. Writes are not serialised: Yjs updates commute, and each
   * is committed as soon as it is made (update-log.ts), so none waits for the page to be idle.
   */
  private write(): void {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    if (this.state.kind === 'saved') this.setState({ kind: 'saving' });
    let settled = false;
    const succeeded = () => {
      this.journal.remove(batch.flatMap((entry) => entry.journalIds));
      if (settled) return; // a stalled write that landed after all: its batch was queued again, harmless twice
      settled = true;
      this.inFlight.delete(writing);
      this.rowsSinceCompaction += batch.length;
      this.retryDelay = 500;
      // Storage works: whatever waited for the retry, or arrived in this task, goes now.
      this.queueArriving();
      if (this.pending.length > 0) return this.write();
      if (this.inFlight.size === 0) {
        this.setState({ kind: 'saved' });
        if (this.rowsSinceCompaction > COMPACT_AFTER_ROWS && !this.destroyed) void this.compact().catch(() => undefined);
      }
    };
    const failed = (error: unknown) => {
      if (settled) return;
      settled = true;
      this.inFlight.delete(writing);
      // Nothing is dropped: the batch goes back in front of whatever was typed meanwhile.
      this.pending = [...batch, ...this.pending];
      const message = storageFailureMessage(error);
      console.warn(`Storing changes of workspace ${this.workspaceId} failed; retrying: ${message}`);
      this.setState({ kind: 'failing', reason: storageFailureReason(error), message });
      this.scheduleRetry();
    };
    const writing: Promise<void> = this.log.append(
      this.workspaceId,
      batch.map((entry) => entry.update),
    ).then(succeeded, failed).finally(() => clearTimeout(stall));
    // On a full disk Chromium has been seen to leave a transaction without an outcome; a write
    // that hangs must not hold the queue for ever (Yjs applies an update stored twice once).
    const stall = setTimeout(() => failed(new DOMException('The write did not finish', 'TimeoutError')), WRITE_STALL_MS);
    this.inFlight.add(writing);
  }

  private scheduleRetry(): void {
    if (this.destroyed) return;
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.retryNow(), this.retryDelay);
    this.retryDelay = Math.min(this.retryDelay * 2, MAX_RETRY_MS);
  }

  /** Tries the failed writes again at once (the member says space was freed). */
  retryNow(): void {
    if (this.state.kind !== 'failing' || this.inFlight.size > 0) return;
    clearTimeout(this.retryTimer);
    // Merged into one update first: a smaller write has a better chance when space is short. The
    // journal keeps its entries as they are: on a full disk a merged copy might not fit there.
    if (this.pending.length > 1) {
      this.pending = [{ update: Y.mergeUpdatesV2(this.pending.map((entry) => entry.update)), journalIds: this.pending.flatMap((entry) => entry.journalIds) }];
    }
    this.write();
  }
}
