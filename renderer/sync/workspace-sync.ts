import type { Awareness } from 'y-protocols/awareness';
import { unsubscribe as unsubscribeBroadcast } from 'lib0/broadcastchannel';
import { WebrtcProvider } from 'y-webrtc';
import type * as Y from 'yjs';
import { overallAgreement, peerAgreement, ReportHistory, type PeerAgreement, type PeerAgreementState } from '../../shared/sync/peer-agreement';
import { syncRequest } from '../../shared/sync/resync';
import { roomNameFor } from '../../shared/sync/room-name';
import { chunkPeer, type ChunkablePeer } from './chunked-peer';
import { guardPeer } from './peer-guard';
import { RoomReadability, sealAnnouncement, type ObservableSignalingConn } from './room-readability';
import { StateReports } from './state-reports';
import type { SyncSettings } from './sync-settings';

/** How often connected peers are asked again for changes this app lacks (see resync). */
const RESYNC_MS = 5_000;
/** At most one answer to a member with another secret per this interval. */
const ANSWER_FOREIGN_MS = 5_000;

/**
 * no-servers: none configured; waiting: signaling reached, no peer online; connected: at least one
 * peer whose data channel is open; secret-mismatch: no peer, but someone in the room seals with
 * another secret.
 */
export type SyncState = 'no-servers' | 'paused' | 'offline' | 'connecting' | 'waiting' | 'connected' | 'secret-mismatch';

/** Where one connected peer stands against this app, from the state it last reported. */
export interface PeerSyncStatus extends PeerAgreement {
  name?: string;
}

export interface SyncStatus {
  state: SyncState;
  /** Connections whose data channel is open: y-webrtc also keeps ones that never opened. */
  peers: number;
  /** While connected: "synced" only when every connected peer has all we have and we have all theirs. */
  agreement?: PeerAgreementState;
  peerStates: PeerSyncStatus[];
  /** When every connected peer was last seen synced (ISO), if ever in this session and not now. */
  lastSyncedAt?: string;
}

export interface PresenceUser {
  memberId: string;
  name: string;
  color: string;
}

/** What y-webrtc keeps internally and we need to reach: the live connections, to guard them. */
interface ProviderInternals {
  room: {
    name: string;
    peerId: string;
    key: CryptoKey | null;
    webrtcConns: Map<string, { connected: boolean; peer: Parameters<typeof guardPeer>[0] & ChunkablePeer & { once(event: 'connect', listener: () => void): void } }>;
    bcconnected: boolean;
    _bcSubscriber: (data: ArrayBuffer) => void;
  } | null;
  signalingConns: Array<{ connected: boolean; send(message: unknown): void } & ObservableSignalingConn>;
  signalingUrls: string[];
}

/**
 * Syncs one open workspace with its peers over WebRTC. The room name is derived from the
 * workspace id and the secret is y-webrtc's password, so signaling is encrypted and peers
 * without the secret receive nothing. No signaling server is used unless configured.
 */
export class WorkspaceSync {
  private listeners = new Set<(status: SyncStatus) => void>();
  private timer: ReturnType<typeof setInterval> | undefined;
  private resyncTimer: ReturnType<typeof setInterval> | undefined;
  status: SyncStatus;

  private readonly readability: RoomReadability;
  private readonly reports: StateReports;
  private readonly history = new ReportHistory();
  /** When each connection's data channel opened, by y-webrtc peer id. */
  private readonly openedAt = new Map<string, number>();

  private constructor(
    readonly provider: WebrtcProvider,
    private readonly doc: Y.Doc,
    private readonly signaling: readonly string[],
    paused: boolean,
    private readonly onPausedChange: (paused: boolean) => void,
  ) {
    this.paused = paused;
    this.status = { state: paused ? 'paused' : signaling.length === 0 ? 'no-servers' : 'connecting', peers: 0, peerStates: [] };
    this.reports = new StateReports(doc, provider.awareness, () => this.internals.room?.peerId, () => this.refresh());
    this.readability = new RoomReadability(provider.roomName, provider.key, () => {
      this.answerForeignAnnouncement();
      this.refresh();
    });
    provider.on('peers', ({ added, removed }: { added: string[]; removed: string[] }) => {
      for (const peerId of added) {
        const conn = this.internals.room?.webrtcConns.get(peerId);
        if (!conn) continue;
        guardPeer(conn.peer, peerId);
        // After the guard, so it checks whole messages; every send (resync's too) goes through it.
        chunkPeer(conn.peer, peerId);
        conn.peer.once('connect', () => {
          this.openedAt.set(peerId, Date.now());
          this.refresh();
        });
      }
      for (const peerId of removed) {
        this.openedAt.delete(peerId);
        this.reports.forget(peerId);
      }
      this.refresh();
    });
    provider.on('status', () => this.refresh());
    // Signaling reconnects with back-off inside y-webrtc; poll its state so the status follows. The
    // same beat reports our state after changes and finds peers that stopped acknowledging.
    this.timer = setInterval(() => {
      this.reports.tick();
      this.refresh();
    }, 1000);
    this.resyncTimer = setInterval(() => this.resync(), RESYNC_MS);
  }

  /** `onPausedChange` keeps "Work offline" across restarts: a reload must not send a private draft. */
  static async start(
    doc: Y.Doc,
    awareness: Awareness,
    settings: SyncSettings,
    user: PresenceUser,
    onPausedChange: (paused: boolean) => void = () => undefined,
  ): Promise<WorkspaceSync> {
    const paused = settings.paused === true;
    const provider = new WebrtcProvider(await roomNameFor(settings.workspaceId), doc, {
      awareness,
      // Paused from the start: no server is even contacted until the member resumes.
      signaling: paused ? [] : settings.signaling,
      password: settings.secret,
      // No public STUN server unless the coalition configures one: host candidates cover a LAN.
      peerOpts: { config: { iceServers: [] } },
      maxConns: 24,
      // Windows of this workspace in one browser are peers like any other (see leaveBroadcastChannel).
      filterBcConns: false,
    });
    // A previous connection's disconnect cleared our state; announce ourselves afresh.
    if (awareness.getLocalState() === null) awareness.setLocalState({});
    awareness.setLocalStateField('user', user);
    if (paused) provider.disconnect();
    const sync = new WorkspaceSync(provider, doc, settings.signaling, paused, onPausedChange);
    // The room, once open, clears our presence while paused; keep it to announce ourselves on resume.
    if (paused) sync.awayState = awareness.getLocalState();
    sync.readability.watch(sync.internals.signalingConns);
    // The room opens (and joins the channel) once the key is derived from the secret.
    await provider.key;
    sync.leaveBroadcastChannel();
    return sync;
  }

  /**
   * y-webrtc also relays every change over a BroadcastChannel to this browser's other windows,
   * encrypting it first, before the peers get it: a millisecond on every keystroke's way out. Our
   * own window channel (workspaces/window-channel.ts) already links those windows.
   */
  private leaveBroadcastChannel(): void {
    const room = this.internals.room;
    if (!room?.bcconnected) return;
    unsubscribeBroadcast(room.name, room._bcSubscriber);
    room.bcconnected = false;
  }

  get awareness(): Awareness {
    return this.provider.awareness;
  }

  /** Working offline on purpose (a metered connection, a sensitive draft): no peer is contacted. */
  pause(): void {
    this.paused = true;
    // y-webrtc clears our awareness state on disconnect; keep it to announce ourselves again.
    this.awayState = this.provider.awareness.getLocalState();
    this.provider.disconnect();
    this.onPausedChange(true);
    this.refresh();
  }

  resume(): void {
    this.paused = false;
    if (this.awayState) this.provider.awareness.setLocalState(this.awayState);
    this.internals.signalingUrls = [...this.signaling];
    this.provider.connect();
    this.readability.watch(this.internals.signalingConns);
    this.leaveBroadcastChannel();
    this.onPausedChange(false);
    this.refresh();
  }

  /**
   * y-webrtc compares states only when a connection opens; a change lost on the way afterwards
   * would leave two connected peers apart until the next reconnection, and later changes waiting
   * on it. So every few seconds each peer is asked again for anything we lack (a state vector; the
   * answer is usually empty), as y-websocket does with its resync interval. (The "merge that
   * stopped half-way" this was first added for turned out to be the editor being rebuilt during a
   * merge: see workspaces/use-kept-through-merge-gap.ts.)
   */
  private resync(): void {
    const room = this.internals.room;
    if (this.paused || !room) return;
    const request = syncRequest(this.doc);
    for (const conn of room.webrtcConns.values()) {
      if (!conn.connected) continue;
      try {
        conn.peer.send(request);
      } catch {
        // the connection is closing; the next one starts with a full exchange
      }
    }
  }

  /**
   * y-webrtc announces itself only when it connects, so a member who arrives with an old secret
   * would never hear from those already here. Answering such an announcement with ours (at most
   * every few seconds) lets that member's app see that the room uses another secret.
   */
  private answerForeignAnnouncement(): void {
    const room = this.internals.room;
    const now = Date.now();
    if (this.paused || !room?.key || now - this.lastAnswerAt < ANSWER_FOREIGN_MS) return;
    this.lastAnswerAt = now;
    void sealAnnouncement({ type: 'announce', from: room.peerId }, room.key).then((data) => {
      for (const conn of this.internals.signalingConns) if (conn.connected) conn.send({ type: 'publish', topic: room.name, data });
    });
  }

  private lastAnswerAt = 0;

  onStatus(listener: (status: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    clearInterval(this.timer);
    clearInterval(this.resyncTimer);
    this.reports.destroy();
    this.readability.destroy();
    // y-webrtc's destroy leaves the provider registered with its signaling connections, which then
    // stay open and carry the next room of the same name: a removed server would go on being used.
    this.provider.disconnect();
    this.provider.destroy();
    this.listeners.clear();
  }

  private get internals(): ProviderInternals {
    return this.provider as unknown as ProviderInternals;
  }

  private lastSyncedAt: string | undefined;
  private paused = false;
  private awayState: Record<string, unknown> | null = null;

  /** Each peer with an open data channel against our latest report. */
  private agreements(now: number): PeerSyncStatus[] {
    const room = this.internals.room;
    if (!room) return [];
    const ours = this.reports.current;
    if (ours) this.history.record(ours.report, now);
    return [...room.webrtcConns].flatMap(([peerId, conn]): PeerSyncStatus[] => {
      if (!conn.connected) return [];
      const theirs = this.reports.of(peerId);
      if (!ours) return [{ state: 'unknown', pending: 0, missing: 0, ...(theirs?.name ? { name: theirs.name } : {}) }];
      // Opened before we could listen (not expected): count from now rather than never.
      if (!this.openedAt.has(peerId)) this.openedAt.set(peerId, now);
      const agreement = peerAgreement(ours.report, theirs?.report, this.history, now, now - (this.openedAt.get(peerId) ?? now));
      // A change here not yet reported: nobody can be known to have it, so nobody is synced yet.
      const state = ours.changedSince && agreement.state === 'synced' ? 'sending' : agreement.state;
      return [{ ...agreement, state, ...(theirs?.name ? { name: theirs.name } : {}) }];
    });
  }

  private refresh(): void {
    const signalingConns = this.internals.signalingConns;
    const now = Date.now();
    const peerStates = this.paused ? [] : this.agreements(now);
    const peers = peerStates.length;
    const online = typeof navigator === 'undefined' || navigator.onLine;
    let state: SyncState;
    if (this.paused) state = 'paused';
    else if (signalingConns.length === 0 && peers === 0) state = 'no-servers';
    else if (peers > 0) state = 'connected';
    else if (this.readability.foreignAnnouncements > 0) state = 'secret-mismatch';
    else if (!online) state = 'offline';
    else state = signalingConns.some((conn) => conn.connected) ? 'waiting' : 'connecting';
    const agreement = state === 'connected' ? overallAgreement(peerStates) : undefined;
    if (this.status.agreement === 'synced' && agreement !== 'synced') this.lastSyncedAt = new Date(now).toISOString();
    const next: SyncStatus = {
      state,
      peers,
      peerStates,
      ...(agreement ? { agreement } : {}),
      ...(this.lastSyncedAt && agreement !== 'synced' ? { lastSyncedAt: this.lastSyncedAt } : {}),
    };
    if (JSON.stringify(next) === JSON.stringify(this.status)) return;
    this.status = next;
    this.listeners.forEach((listener) => listener(next));
  }
}
