import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { parseReport, reportOf, toWire, type StateReport } from '../../shared/sync/state-report';

/** A report after a change goes out at once, then at most this often while changes keep coming. */
const REPORT_EVERY_MS = 1_000;
/** The awareness field that carries a member's report; plain y-webrtc peers ignore it. */
const REPORT_FIELD = 'syncState';

export interface PeerReport {
  report: StateReport;
  name?: string;
}

/**
 * Tells peers what this app has of the workspace, and keeps what they say they have. Reports ride
 * on awareness (no new message kind, so older peers and plain y-webrtc peers are not cut off by
 * their guards), which y-protocols also renews every 15 s. A report is computed at most once per
 * REPORT_EVERY_MS: it walks the whole delete set (≈10–30 ms for a 260,000-edit charter).
 */
export class StateReports {
  private ours: StateReport | undefined;
  /** A change since `ours` was computed: until it is reported, nobody is known to have it. */
  private changed = true;
  private lastReportAt = Number.NEGATIVE_INFINITY;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** By y-webrtc peer id; kept after awareness drops a silent peer's state (30 s), until its connection closes. */
  private readonly lastSeen = new Map<string, PeerReport>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly awareness: Awareness,
    private readonly peerId: () => string | undefined,
    private readonly onChange: () => void,
  ) {
    doc.on('update', this.onUpdate);
    // 'update', not 'change': renewals (every 15 s) count, so a report dropped here comes back.
    awareness.on('update', this.onAwarenessUpdate);
  }

  /** Our latest report, and whether the workspace changed after it (then no peer can be called synced yet). */
  get current(): { report: StateReport; changedSince: boolean } | undefined {
    return this.ours ? { report: this.ours, changedSince: this.changed } : undefined;
  }

  /** Computes and publishes our report now if the workspace changed and the last one is old enough. */
  tick(): void {
    if (this.changed && this.timer === undefined) this.schedule();
  }

  of(peerId: string): PeerReport | undefined {
    // A peer heard of through another before it connected here: its state may not change on connecting.
    if (!this.lastSeen.has(peerId)) this.read([...this.awareness.getStates().keys()]);
    return this.lastSeen.get(peerId);
  }

  forget(peerId: string): void {
    this.lastSeen.delete(peerId);
  }

  destroy(): void {
    clearTimeout(this.timer);
    this.doc.off('update', this.onUpdate);
    this.awareness.off('update', this.onAwarenessUpdate);
  }

  private readonly onUpdate = (): void => {
    this.changed = true;
    if (this.timer === undefined) this.schedule();
  };

  private schedule(): void {
    // Never inside the update event itself: the transaction that fired it is still being cleaned up.
    this.timer = setTimeout(() => this.report(), Math.max(0, this.lastReportAt + REPORT_EVERY_MS - Date.now()));
  }

  private report(): void {
    this.timer = undefined;
    const peer = this.peerId();
    // The room opens once the key is derived; while paused y-webrtc has cleared our state, and a
    // report made then would never go out. tick() tries again either way.
    if (peer === undefined || this.awareness.getLocalState() === null) return;
    this.lastReportAt = Date.now();
    this.ours = reportOf(this.doc, peer);
    this.changed = false;
    this.awareness.setLocalStateField(REPORT_FIELD, toWire(this.ours));
    this.onChange();
  }

  private readonly onAwarenessUpdate = ({ added, updated }: { added: number[]; updated: number[] }): void => {
    if (this.read([...added, ...updated])) this.onChange();
  };

  private read(clientIds: number[]): boolean {
    let seen = false;
    for (const clientId of clientIds) {
      if (clientId === this.awareness.clientID) continue;
      const state = this.awareness.getStates().get(clientId) as { [REPORT_FIELD]?: unknown; user?: { name?: unknown } } | undefined;
      const report = parseReport(state?.[REPORT_FIELD]);
      if (!report) continue;
      const name = typeof state?.user?.name === 'string' ? state.user.name : undefined;
      this.lastSeen.set(report.peer, { report, ...(name ? { name } : {}) });
      seen = true;
    }
    return seen;
  }
}
