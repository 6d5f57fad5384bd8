import type { StateReport } from './state-report';

/**
 * synced: each has everything the other has. sending: the peer lacks some of our changes, which
 * are recent enough to be on their way. behind: the peer has lacked some of our changes for longer
 * than the acknowledgement bound. receiving: the peer has all of ours, we lack some of theirs.
 * unknown: no report from the peer yet.
 */
export type PeerAgreementState = 'synced' | 'sending' | 'behind' | 'receiving' | 'unknown';

export interface PeerAgreement {
  state: PeerAgreementState;
  /** Operations of ours the peer lacks (at least this many). */
  pending: number;
  /** Operations of theirs we lack (at least this many). */
  missing: number;
}

/** How long a peer may take to acknowledge a change of ours before it counts as behind. */
export const ACKNOWLEDGE_WITHIN_MS = 5_000;

/** Insertions `from` has that `to` lacks, by their state vectors. */
export function operationsLacking(from: Map<number, number>, to: Map<number, number>): number {
  let lacking = 0;
  from.forEach((clock, client) => (lacking += Math.max(0, clock - (to.get(client) ?? 0))));
  return lacking;
}

/**
 * How far apart two reports are, in operations: insertions from the vectors, deletions from the
 * delete-set counts. Zero both ways exactly when the digests agree, so "synced" is never said of
 * copies that differ. The counts are lower bounds: deleting moves no state vector, and when both
 * sides deleted concurrently the counts cannot tell who lacks which; when nothing explains a
 * differing digest, each side counts as lacking at least one.
 */
export function compareReports(ours: StateReport, theirs: StateReport): { pending: number; missing: number } {
  if (ours.digest === theirs.digest) return { pending: 0, missing: 0 };
  const pending = operationsLacking(ours.vector, theirs.vector) + Math.max(0, ours.deleted - theirs.deleted);
  const missing = operationsLacking(theirs.vector, ours.vector) + Math.max(0, theirs.deleted - ours.deleted);
  if (pending > 0 || missing > 0) return { pending, missing };
  return { pending: 1, missing: 1 };
}

/** Whether `theirs` has at least everything `ours` had (insertions, and as many deletions). */
function covers(theirs: StateReport, ours: StateReport): boolean {
  return theirs.digest === ours.digest || (operationsLacking(ours.vector, theirs.vector) === 0 && theirs.deleted >= ours.deleted);
}

/**
 * Our own reports over the last moments, to tell a peer that is merely a message behind from one
 * that stopped acknowledging: a peer is behind once it does not cover what we had
 * ACKNOWLEDGE_WITHIN_MS ago.
 */
export class ReportHistory {
  private entries: Array<{ at: number; report: StateReport }> = [];

  constructor(readonly boundMs = ACKNOWLEDGE_WITHIN_MS) {}

  record(report: StateReport, at: number): void {
    const last = this.entries[this.entries.length - 1];
    if (last && last.report.digest === report.digest) return;
    this.entries.push({ at, report });
    // Keep everything younger than the bound and the newest entry older than it.
    const cut = this.entries.findIndex((entry) => entry.at > at - this.boundMs);
    if (cut > 1) this.entries = this.entries.slice(cut - 1);
  }

  /** What we had as of `boundMs` ago (the newest report at least that old), if we had anything then. */
  dueBy(now: number): StateReport | undefined {
    let due: StateReport | undefined;
    for (const entry of this.entries) if (entry.at <= now - this.boundMs) due = entry.report;
    return due;
  }
}

/**
 * Where one peer stands against us. `connectedFor` is how long its connection has been open: a
 * peer that just connected is still being sent what it lacks, however old our changes are. A peer
 * that never reports (a plain y-webrtc peer) stays unknown: never synced, but not called behind
 * on no evidence.
 */
export function peerAgreement(ours: StateReport, theirs: StateReport | undefined, history: ReportHistory, now: number, connectedFor: number): PeerAgreement {
  if (!theirs) return { state: 'unknown', pending: 0, missing: 0 };
  const { pending, missing } = compareReports(ours, theirs);
  if (pending > 0) {
    const due = connectedFor > history.boundMs ? history.dueBy(now) : undefined;
    const overdue = due !== undefined && !covers(theirs, due);
    return { state: overdue ? 'behind' : 'sending', pending, missing };
  }
  return { state: missing > 0 ? 'receiving' : 'synced', pending, missing };
}

/** The worst state among connected peers decides the summary; "synced" only when every one is. */
const SEVERITY: PeerAgreementState[] = ['behind', 'unknown', 'sending', 'receiving', 'synced'];

export function overallAgreement(peers: readonly PeerAgreement[]): PeerAgreementState | undefined {
  if (peers.length === 0) return undefined;
  return SEVERITY.find((state) => peers.some((peer) => peer.state === state));
}
