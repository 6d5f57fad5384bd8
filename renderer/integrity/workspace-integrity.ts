import { planRestore, recordArrivals, type ArchivedEntry } from '../../shared/integrity/archive-restore';
import { IntegrityDoc } from '../../shared/integrity/integrity-doc';
import { MemberKeysDoc, resolveMemberKeys, type KeyResolution } from '../../shared/integrity/member-keys';
import { computeMembership, type MembershipView } from '../../shared/integrity/membership-log';
import { MembershipLogDoc } from '../../shared/integrity/membership-log-doc';
import { admissionEntry, requestsToCountersign } from '../../shared/integrity/admission';
import { JoinRequestsDoc } from '../../shared/integrity/join-requests-doc';
import type { RemovalFlag } from '../../shared/integrity/removal-flag';
import { signEntry, SignedEntrySchema, type SignedEntry, type UnsignedEntry } from '../../shared/integrity/signed-entry';
import type { JsonObject } from '../../shared/integrity/canonical-json';
import { verifyEntries, type KeyLookup, type UnverifiedEntry, type Verified } from '../../shared/integrity/verify-entry';
import type * as Y from 'yjs';
import type { DeskDatabase } from '../db/database';
import type { InstallKey } from './install-key';
import { archiveMembershipEntries, restoreMembershipEntries } from './membership-archive';
import { pinMembershipRoot, pinnedMembershipRoot } from './membership-root';
import { markReported, recordEvidence, type LocalEvidence } from './local-evidence';
import { reportsByOthers, tamperReportEntry, type TamperReport } from '../../shared/integrity/tamper-report';

/**
 * In a workspace with a membership log, a key the log does not bind signs nothing that counts:
 * invites carry admission tokens, so every member who joins is admitted into the log.
 */
const ADMISSION = { requireAdmission: true } as const;

export interface IntegritySnapshot {
  verified: Verified<SignedEntry>[];
  unverified: UnverifiedEntry[];
  receivedAt: ReadonlyMap<string, string>;
  /** What this install noticed from its own archive, kept locally: the only flags shown as fact. */
  flags: RemovalFlag[];
  /** Signed reports of what other members' apps noticed: shown as their claim, never as fact. */
  reports: TamperReport[];
  /** Members whose key in the shared doc differs from the one the log binds (or this install first saw). */
  keyConflicts: string[];
  /** Members whose signatures count on the strength of a plain key record: the log has not admitted them yet. */
  unadmitted: string[];
  membership: MembershipView | undefined;
}

/**
 * Keeps the promise that nobody can forge or quietly remove someone else's voice, for one open
 * workspace: publishes this install's public key, verifies every signed entry, archives what it
 * has verified, and writes back (and flags) anything that disappears or changes.
 */
export class WorkspaceIntegrity {
  private readonly integrity: IntegrityDoc;
  private readonly keys: MemberKeysDoc;
  readonly membershipLog: MembershipLogDoc;
  readonly joinRequests: JoinRequestsDoc;
  /** When this app first saw each join request (by signature), so the inviter's app answers first. */
  private readonly requestSeenAt = new Map<string, number>();

  constructor(
    private readonly db: DeskDatabase,
    private readonly workspaceId: string,
    ydoc: Y.Doc,
    private readonly installKey: InstallKey,
  ) {
    this.integrity = new IntegrityDoc(ydoc);
    this.keys = new MemberKeysDoc(ydoc);
    this.membershipLog = new MembershipLogDoc(ydoc);
    this.joinRequests = new JoinRequestsDoc(ydoc);
  }

  /**
   * Countersigns one join request this member may admit (a valid token of an unused invitation),
   * binding the joiner's key in the log. One at a time: the write changes the heads, and the next
   * check answers the next request.
   */
  async countersignJoinRequests(memberId: string, view: MembershipView, now = new Date()): Promise<boolean> {
    const requests = this.joinRequests.list();
    if (view.root === null || requests.length === 0) return false;
    for (const request of requests) if (!this.requestSeenAt.has(request.signature)) this.requestSeenAt.set(request.signature, now.getTime());
    const seenAt = (request: { signature: string }) => this.requestSeenAt.get(request.signature) ?? now.getTime();
    const [first] = await requestsToCountersign(view, memberId, requests, seenAt, now);
    if (!first) return false;
    const signer = { memberId, privateKey: this.installKey.privateKey, publicKey: this.installKey.publicKey };
    await this.membershipLog.append(await admissionEntry(view, signer, first.request, first.role, now));
    return true;
  }

  get publicKey(): string {
    return this.installKey.publicKey;
  }

  /** Members, roles and keys as the log establishes them, from the genesis this install pinned. */
  async membership(): Promise<MembershipView> {
    await restoreMembershipEntries(this.db, this.workspaceId, this.membershipLog);
    const pinned = await pinnedMembershipRoot(this.db, this.workspaceId);
    const view = await computeMembership(this.membershipLog.raw(), { workspaceId: this.workspaceId, root: pinned });
    if (pinned === undefined && view.root !== null) await pinMembershipRoot(this.db, this.workspaceId, view.root);
    await archiveMembershipEntries(this.db, this.workspaceId, this.membershipLog, view);
    return view;
  }

  /** Puts this install's key beside the member record, once; a different key already there is left for others to see. */
  publishKey(memberId: string, now = new Date()): void {
    if (this.keys.keys().valid.some((record) => record.memberId === memberId)) return;
    this.keys.put({ memberId, publicKey: this.installKey.publicKey, registeredAt: now.toISOString() });
  }

  get privateKey(): CryptoKey {
    return this.installKey.privateKey;
  }

  sign<C extends JsonObject>(entry: UnsignedEntry<C>): Promise<SignedEntry<C>> {
    return signEntry(this.installKey.privateKey, entry);
  }

  /** Members' public keys as this install trusts them: from the log, else pinned on first sight, then the shared record. */
  async keyLookup(membership?: MembershipView): Promise<KeyLookup> {
    return (await this.resolveKeys(membership)).keyOf;
  }

  private async resolveKeys(membership?: MembershipView): Promise<KeyResolution> {
    const pinnedRows = await this.db.pinnedKeys.where('workspaceId').equals(this.workspaceId).toArray();
    const pinned = Object.fromEntries(pinnedRows.map((row) => [row.memberId, row.publicKey]));
    const view = membership ?? (await this.membership());
    return resolveMemberKeys(this.keys.keys().valid, pinned, view, ADMISSION);
  }

  async check(memberId: string | undefined, now = new Date()): Promise<IntegritySnapshot> {
    const shared = this.keys.keys().valid;
    const pinnedRows = await this.db.pinnedKeys.where('workspaceId').equals(this.workspaceId).toArray();
    const pinned = Object.fromEntries(pinnedRows.map((row) => [row.memberId, row.publicKey]));
    const newlySeen = shared.filter((record) => pinned[record.memberId] === undefined);
    if (newlySeen.length > 0) {
      await this.db.pinnedKeys.bulkPut(newlySeen.map((record) => ({ workspaceId: this.workspaceId, memberId: record.memberId, publicKey: record.publicKey })));
      newlySeen.forEach((record) => (pinned[record.memberId] = record.publicKey));
    }
    const membership = await this.membership();
    const { keyOf, conflicts, unadmitted } = resolveMemberKeys(shared, pinned, membership, ADMISSION);

    const logs = this.integrity.rawLogs();
    const report = await verifyEntries(Object.values(logs).flat(), { workspaceId: this.workspaceId, keyOf });

    const archive = await this.loadArchive();
    const arrivals = recordArrivals(archive, report.verified, now);
    if (arrivals.length > 0) {
      await this.db.archive.bulkPut(arrivals.map((row) => ({ workspaceId: this.workspaceId, entryId: row.entry.id, entry: row.entry, receivedAt: row.receivedAt })));
    }
    const plan = planRestore({ archive: [...archive, ...arrivals], current: logs, detectedBy: memberId ?? 'unknown', now });
    this.integrity.applyRestore(plan);
    const evidence = await recordEvidence(this.db, this.workspaceId, plan.flags);
    if (memberId) await this.report(evidence, memberId, now);

    return {
      verified: report.verified,
      unverified: report.unverified,
      receivedAt: new Map([...archive, ...arrivals].map((row) => [row.entry.id, row.receivedAt])),
      flags: evidence.map((row) => row.flag),
      reports: reportsByOthers(report.verified, memberId),
      keyConflicts: conflicts,
      unadmitted,
      membership,
    };
  }

  /** Shares each local flag once as a report signed by this member, so members who missed it hear of it. */
  private async report(evidence: readonly LocalEvidence[], memberId: string, now: Date): Promise<void> {
    for (const row of evidence) {
      if (row.reportId !== undefined) continue;
      const signed = await this.sign(tamperReportEntry(row.flag, this.workspaceId, memberId, now));
      this.integrity.log('tamperReports').append(signed);
      await markReported(this.db, this.workspaceId, row, signed.id);
    }
  }

  private async loadArchive(): Promise<ArchivedEntry[]> {
    const rows = await this.db.archive.where('workspaceId').equals(this.workspaceId).toArray();
    return rows.flatMap((row) => {
      const parsed = SignedEntrySchema.safeParse(row.entry);
      return parsed.success ? [{ entry: parsed.data as SignedEntry, receivedAt: row.receivedAt }] : [];
    });
  }
}
