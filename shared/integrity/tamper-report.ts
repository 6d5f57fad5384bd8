import { z } from 'zod';
import { entityId } from '../validation';
import { EntryKindSchema } from './entry-kind';
import { REMOVAL_REASONS, type RemovalFlag } from './removal-flag';
import { unsignedEntry, type SignedEntry, type UnsignedEntry } from './signed-entry';
import { entriesOfKind, type Verified } from './verify-entry';

/**
 * What one member's app says it noticed, signed by that member. Shared so that members whose own
 * archive never held the entry still hear about it, but only ever shown as that member's claim:
 * a signature proves who reported, not that the report is true.
 */
export const TamperReportContentSchema = z.object({
  entryId: entityId,
  entryKind: EntryKindSchema,
  entrySubjectId: entityId,
  entryAuthorId: entityId,
  reason: z.enum(REMOVAL_REASONS),
});
export type TamperReportContent = z.infer<typeof TamperReportContentSchema>;

export interface TamperReport extends TamperReportContent {
  reportId: string;
  reporterId: string;
  reportedAt: string;
}

/** The entry to sign for a flag this install derived itself; subject is the tampered entry. */
export function tamperReportEntry(flag: RemovalFlag, workspaceId: string, reporterId: string, now: Date): UnsignedEntry<TamperReportContent> {
  return unsignedEntry('tamper-report', { workspaceId, subjectId: flag.entryId, authorId: reporterId, now }, {
    entryId: flag.entryId,
    entryKind: flag.entryKind,
    entrySubjectId: flag.subjectId,
    entryAuthorId: flag.authorId,
    reason: flag.reason,
  });
}

/** Verified reports by members other than this one (this install's own notices are local evidence). */
export function reportsByOthers(verified: readonly Verified<SignedEntry>[], memberId: string | undefined): TamperReport[] {
  return entriesOfKind(verified, 'tamper-report', TamperReportContentSchema)
    .verified.filter((entry) => entry.authorId !== memberId && entry.subjectId === entry.content.entryId)
    .map((entry) => ({ ...entry.content, reportId: entry.id, reporterId: entry.authorId, reportedAt: entry.at }));
}

/**
 * This install's flags, then other members' reports about entries it did not notice itself, as
 * flags attributed to the reporter (detectedBy): for views that say "noticed by <member>".
 */
export function flagsWithReports(flags: readonly RemovalFlag[], reports: readonly TamperReport[]): RemovalFlag[] {
  const seen = new Set(flags.map((flag) => flag.entryId));
  const reported = reports.filter((report) => !seen.has(report.entryId) && (seen.add(report.entryId), true));
  return [
    ...flags,
    ...reported.map((report) => ({
      id: `report:${report.reportId}`.slice(0, 64),
      entryId: report.entryId,
      entryKind: report.entryKind,
      subjectId: report.entrySubjectId,
      authorId: report.entryAuthorId,
      reason: report.reason,
      detectedAt: report.reportedAt,
      detectedBy: report.reporterId,
    })),
  ];
}
