import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { EnvelopeReplica } from '../../shared/sync/envelope-replica';
import { operationsLacking } from '../../shared/sync/peer-agreement';
import { BlobTooLargeError, envelopeBlobs, relayDocumentName } from '../../shared/sync/relay-envelope';
import { deriveWorkspaceKey } from '../../shared/sync/workspace-key';

/**
 * synced: the relay has acknowledged everything this app has sealed, that covers the whole
 * workspace, and nothing waits to be sent. paused: working offline.
 */
export type RelayState = 'connecting' | 'connected' | 'synced' | 'error' | 'paused';

export interface RelayStatus {
  url: string;
  state: RelayState;
  /** While connected: operations of this workspace the relay has not acknowledged (at least this many). */
  pending?: number;
}

export interface RelaySyncOptions {
  /** Coalescing window for this member's own edits: the first edit goes at once, the next ones together. */
  batchMs?: number;
  /** How long a change that came by another path (WebRTC, a file, another relay) waits before it is checked against the envelope. */
  graceMs?: number;
  foldEveryMs?: number;
  /** A fold is due once the envelope holds this many blobs. */
  foldAt?: number;
  /** Node has no WebSocket of its own before v22 (tests, the benchmark). */
  WebSocketPolyfill?: unknown;
}

const DEFAULTS = { batchMs: 25, graceMs: 1500, foldEveryMs: 30_000, foldAt: 24 };

/**
 * Syncs one open workspace through a relay without the relay seeing content: the workspace's
 * updates are sealed into the envelope document (shared/sync/relay-envelope.ts) that a
 * HocuspocusProvider keeps in step with the relay. Changes applied from the envelope carry this
 * object as their transaction origin (not local, so the app treats them as a peer's).
 */
export class RelaySync {
  status: RelayStatus;
  private readonly replica: EnvelopeReplica;
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly provider: HocuspocusProvider;
  private readonly options: typeof DEFAULTS;
  private readonly listeners = new Set<(status: RelayStatus) => void>();
  private ownEdits: Uint8Array[] = [];
  private otherPaths: Uint8Array[] = [];
  private ownTimer: ReturnType<typeof setTimeout> | undefined;
  private otherTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly foldTimer: ReturnType<typeof setInterval>;
  private lastSentAt = Number.NEGATIVE_INFINITY;
  private uploading = 0;
  /** Set once the relay's envelope has been read: before that, nothing is known to be missing from it. */
  private ready = false;
  private refused = false;
  /** A change was over the blob limit: the relay does not hold everything, so never say synced. */
  private tooLarge = false;
  /** The connection closed or never opened; the provider keeps retrying with back-off. */
  private unreachable = false;
  /** What the relay held when it last acknowledged everything sent: nothing before the first read. */
  private acknowledged = new Map<number, number>();
  private absorbing: Promise<void> | undefined;
  private absorbAgain = false;
  private destroyed = false;

  private constructor(
    private readonly doc: Y.Doc,
    key: CryptoKey,
    name: string,
    readonly url: string,
    options: RelaySyncOptions,
  ) {
    this.options = { ...DEFAULTS, ...options };
    this.status = { url, state: 'connecting' };
    this.replica = new EnvelopeReplica(key, doc, this);
    this.socket = new HocuspocusProviderWebsocket({ url, ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}), maxDelay: 30_000 });
    this.provider = new HocuspocusProvider({ websocketProvider: this.socket, name, document: this.replica.envelope });
    this.provider.on('status', ({ status }: { status: string }) => {
      if (status === 'connected') this.unreachable = false;
      this.refresh();
    });
    this.provider.on('close', () => {
      this.unreachable = true;
      this.refresh();
    });
    this.provider.on('unsyncedChanges', () => this.refresh());
    this.provider.on('synced', ({ state }: { state: boolean }) => {
      if (state) void this.absorb().then(() => this.reconcile());
      this.refresh();
    });
    this.provider.on('authenticationFailed', () => {
      this.refused = true;
      this.refresh();
    });
    envelopeBlobs(this.replica.envelope).observe(() => void this.absorb());
    doc.on('update', this.onUpdate);
    this.foldTimer = setInterval(() => void this.foldIfDue().catch((error: unknown) => console.warn('Folding the relay envelope failed; it is tried again later', error)), this.options.foldEveryMs * (0.75 + Math.random() / 2));
    this.provider.attach();
  }

  static async start(doc: Y.Doc, workspace: { workspaceId: string; secret: string }, url: string, options: RelaySyncOptions = {}): Promise<RelaySync> {
    const [key, name] = await Promise.all([
      deriveWorkspaceKey(workspace.secret, workspace.workspaceId, 'relay-envelope'),
      relayDocumentName(workspace.secret, workspace.workspaceId),
    ]);
    return new RelaySync(doc, key, name, url, options);
  }

  onStatus(listener: (status: RelayStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Folds now if there is anything to fold; resolves whether it did. */
  async fold(): Promise<boolean> {
    return this.ready ? this.replica.fold() : false;
  }

  get blobCount(): number {
    return this.replica.blobCount;
  }

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.ownTimer);
    clearTimeout(this.otherTimer);
    clearInterval(this.foldTimer);
    this.doc.off('update', this.onUpdate);
    this.provider.destroy();
    this.socket.destroy();
    this.replica.destroy();
    this.listeners.clear();
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown, _doc: Y.Doc, transaction: Y.Transaction): void => {
    // Before the envelope is read, the first reconcile will send whatever it lacks, this included.
    if (!this.ready) return;
    // From this relay: it has it, and the status checks that it does.
    if (origin === this) return this.refresh();
    if (transaction.local) {
      this.ownEdits.push(update);
      if (this.ownTimer === undefined) {
        const wait = this.lastSentAt + this.options.batchMs - Date.now();
        if (wait <= 0) this.sendOwnEdits();
        else this.ownTimer = setTimeout(() => this.sendOwnEdits(), wait);
      }
    } else {
      // The author, if on this relay, has most likely sealed it already by the time this timer ends;
      // the jitter keeps several members who got it by WebRTC from all uploading it at once.
      this.otherPaths.push(update);
      this.otherTimer ??= setTimeout(() => this.sendOtherPaths(), this.options.graceMs * (1 + Math.random()));
    }
    this.refresh();
  };

  private sendOwnEdits(): void {
    this.ownTimer = undefined;
    this.lastSentAt = Date.now();
    const updates = this.ownEdits;
    this.ownEdits = [];
    this.send(updates);
  }

  private sendOtherPaths(): void {
    this.otherTimer = undefined;
    const updates = this.otherPaths;
    this.otherPaths = [];
    this.send(updates);
  }

  private send(updates: Uint8Array[]): void {
    if (updates.length === 0 || this.destroyed) return;
    const missing = this.replica.missing(updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates));
    if (missing) this.upload(missing);
    else this.refresh();
  }

  private upload(update: Uint8Array): void {
    this.uploading++;
    void this.replica
      .upload(update)
      .catch((error: unknown) => {
        // Too large for one blob: it still reaches members by WebRTC and files, and the status says the relay lacks it.
        if (error instanceof BlobTooLargeError) this.tooLarge = true;
        console.warn('A change could not be sealed for the relay', error);
      })
      .finally(() => {
        this.uploading--;
        this.refresh();
      });
  }

  /** After (re)connecting: whatever this app holds that the envelope lacks, edits made offline included. */
  private reconcile(): void {
    if (this.destroyed) return;
    this.ready = true;
    this.ownEdits = [];
    this.otherPaths = [];
    const missing = this.replica.missingFromWorkspace();
    if (missing) this.upload(missing);
    this.refresh();
  }

  private resealing = false;

  private resealSoon(): void {
    if (this.resealing) return;
    this.resealing = true;
    queueMicrotask(() => {
      this.resealing = false;
      if (this.destroyed) return;
      // A change being applied from the relay is in `held` by now: then there is nothing to seal.
      const missing = this.replica.missingFromWorkspace();
      if (missing) this.upload(missing);
      else this.refresh();
    });
  }

  /** Opens new blobs; never two passes at once, and a change during a pass gets another pass. */
  private absorb(): Promise<void> {
    if (this.absorbing) {
      this.absorbAgain = true;
      return this.absorbing;
    }
    this.absorbing = (async () => {
      do {
        this.absorbAgain = false;
        if (this.destroyed) return;
        try {
          await this.replica.absorb();
        } catch (error) {
          // The blobs before and after still apply; a peer's bad change must not stop the relay path.
          console.warn('A change from the relay could not be applied', error);
        }
      } while (this.absorbAgain);
    })().finally(() => (this.absorbing = undefined));
    return this.absorbing;
  }

  private async foldIfDue(): Promise<void> {
    if (this.status.state !== 'synced' || this.replica.blobCount < this.options.foldAt) return;
    await this.replica.fold();
  }

  private refresh(): void {
    const connection = this.socket.status;
    let state: RelayState;
    let pending: number | undefined;
    if (this.refused || this.tooLarge || (this.unreachable && connection !== 'connected')) state = 'error';
    else if (connection !== 'connected') state = 'connecting';
    else {
      const waiting = this.ownEdits.length + this.otherPaths.length + this.uploading + this.provider.unsyncedChanges;
      // Everything sealed here has been acknowledged: the relay holds what `held` holds.
      if (this.ready && this.provider.synced && waiting === 0) this.acknowledged = this.replica.heldVector();
      const unacknowledged = operationsLacking(Y.decodeStateVector(Y.encodeStateVector(this.doc)), this.acknowledged);
      state = this.ready && this.provider.synced && waiting === 0 && unacknowledged === 0 ? 'synced' : 'connected';
      // Deletions move no state vector: a deletion still on its way counts as one.
      pending = Math.max(unacknowledged, waiting > 0 ? 1 : 0);
      // Acknowledged, yet the workspace has changes never sealed (none should): seal them now.
      if (this.ready && this.provider.synced && waiting === 0 && unacknowledged > 0) this.resealSoon();
    }
    if (state === this.status.state && pending === this.status.pending) return;
    this.status = { url: this.url, state, ...(state === 'connected' ? { pending } : {}) };
    this.listeners.forEach((listener) => listener(this.status));
  }
}
