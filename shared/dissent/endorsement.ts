import { z } from 'zod';
import { unsignedEntry, type SignedEntry, type UnsignedEntry } from '../integrity/signed-entry';
import { byTime, entriesOfKind, type UnverifiedEntry, type Verified } from '../integrity/verify-entry';
import type { Member } from '../members/member';
import { optionalText, parseForm, requiredName, type Parsed } from '../validation';
import { WithdrawalContentSchema } from './dissent';

/** A member endorses in their own name (and signs); another coalition's endorsement is recorded and signed by a member. */
export const EndorserSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('member') }),
  z.object({ kind: z.literal('coalition'), coalitionName: requiredName, representativeName: requiredName }),
]);
export type Endorser = z.infer<typeof EndorserSchema>;

/** subjectId is the statement's document id. */
export const EndorsementContentSchema = z.object({
  endorser: EndorserSchema,
  endorsedOn: z.iso.date({ message: 'errors.invalidDate' }),
  note: optionalText(500),
});
export type EndorsementContent = z.output<typeof EndorsementContentSchema>;
export type EndorsementFormInput = z.input<typeof EndorsementContentSchema>;
export type EndorsementEntry = Verified<SignedEntry<EndorsementContent>>;

export interface EndorsementView {
  id: string;
  documentId: string;
  endorser: Endorser;
  /** The member who signed the entry: the endorser, or who recorded the coalition's endorsement. */
  recordedBy: string;
  endorsedOn: string;
  note: string;
  status: 'active' | 'withdrawn';
  withdrawnAt: string | null;
}

export function prepareEndorsement(
  input: unknown,
  context: { documentId: string; workspaceId: string; member: Member | undefined; now: Date; id?: string },
): Parsed<UnsignedEntry<EndorsementContent>> {
  const parsed = parseForm(EndorsementContentSchema, input);
  if (!parsed.ok) return parsed;
  if (!context.member) return { ok: false, errors: { _form: 'errors.notAMember' } };
  return { ok: true, value: unsignedEntry('endorsement', { ...context, subjectId: context.documentId, authorId: context.member.id }, parsed.value) };
}

/** Only whoever signed an endorsement may withdraw it; the withdrawal is one more entry (subjectId: the endorsement id). */
export function prepareEndorsementWithdrawal(
  endorsement: EndorsementView,
  context: { workspaceId: string; member: Member | undefined; now: Date; id?: string },
): Parsed<UnsignedEntry<{ reason: string }>> {
  if (context.member?.id !== endorsement.recordedBy) return { ok: false, errors: { _form: 'errors.onlyAuthorCanWithdraw' } };
  if (endorsement.status === 'withdrawn') return { ok: false, errors: { _form: 'errors.alreadyWithdrawn' } };
  return { ok: true, value: unsignedEntry('endorsement-withdrawal', { ...context, subjectId: endorsement.id, authorId: context.member.id }, { reason: '' }) };
}

export function projectEndorsements(verified: readonly Verified<SignedEntry>[]): { endorsements: EndorsementView[]; flagged: UnverifiedEntry[] } {
  const endorsements = entriesOfKind(verified, 'endorsement', EndorsementContentSchema);
  const withdrawals = entriesOfKind(verified, 'endorsement-withdrawal', WithdrawalContentSchema);
  const views = [...endorsements.verified].sort(byTime).map(
    (entry): EndorsementView => ({
      id: entry.id,
      documentId: entry.subjectId,
      endorser: entry.content.endorser,
      recordedBy: entry.authorId,
      endorsedOn: entry.content.endorsedOn,
      note: entry.content.note,
      status: 'active',
      withdrawnAt: null,
    }),
  );
  for (const withdrawal of [...withdrawals.verified].sort(byTime)) {
    const view = views.find((candidate) => candidate.id === withdrawal.subjectId);
    if (view && view.recordedBy === withdrawal.authorId && view.status === 'active') {
      view.status = 'withdrawn';
      view.withdrawnAt = withdrawal.at;
    }
  }
  return { endorsements: views, flagged: [...endorsements.unverified, ...withdrawals.unverified] };
}
