import { z } from 'zod';
import { unsignedEntry, type SignedEntry, type UnsignedEntry } from '../integrity/signed-entry';
import type { Verified } from '../integrity/verify-entry';
import type { Member } from '../members/member';
import { entityId, MAX_TEXT_LENGTH, optionalText, parseForm, type Parsed } from '../validation';
import { PassageAnchorSchema } from '../proposals/passage-anchor';

export const VIEW_KINDS = ['minority', 'dissenting'] as const;
export const ViewKindSchema = z.enum(VIEW_KINDS, { message: 'errors.unknownViewKind' });
export type ViewKind = z.infer<typeof ViewKindSchema>;

export const DissentTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('document'), documentId: entityId }),
  z.object({ kind: z.literal('passage'), documentId: entityId, anchor: PassageAnchorSchema }),
  z.object({ kind: z.literal('proposal'), proposalId: entityId }),
  z.object({ kind: z.literal('decision'), decisionId: entityId }),
]);
export type DissentTarget = z.infer<typeof DissentTargetSchema>;

export const MAX_VIEW_LENGTH = MAX_TEXT_LENGTH * 10;
const viewText = z.string().trim().min(1, { message: 'errors.required' }).max(MAX_VIEW_LENGTH, { message: 'errors.tooLong' });

/** A minority or dissenting view, signed by its author; the entry id is the view's id, subjectId its target's id. */
export const DissentContentSchema = z.object({
  viewKind: ViewKindSchema,
  target: DissentTargetSchema,
  title: optionalText(200),
  text: viewText,
});
export type DissentContent = z.output<typeof DissentContentSchema>;
export type DissentFormInput = z.input<typeof DissentContentSchema>;

/** Edits by the author (subjectId: the view's id). */
export const DissentRevisionContentSchema = z.object({ title: optionalText(200), text: viewText });
export type DissentRevisionContent = z.output<typeof DissentRevisionContentSchema>;

/** Withdrawal of a view by its author, or of a co-signature by its co-signer (subjectId: the view's id). */
export const WithdrawalContentSchema = z.object({ reason: optionalText(MAX_TEXT_LENGTH) });
export type WithdrawalContent = z.output<typeof WithdrawalContentSchema>;

/** A co-signature carries nothing but its context: who, which view, when. */
export const CosignContentSchema = z.object({});
export type CosignContent = z.output<typeof CosignContentSchema>;

export type DissentEntry = Verified<SignedEntry<DissentContent>>;
export type DissentRevisionEntry = Verified<SignedEntry<DissentRevisionContent>>;
export type WithdrawalEntry = Verified<SignedEntry<WithdrawalContent>>;
export type CosignEntry = Verified<SignedEntry<CosignContent>>;

export function targetId(target: DissentTarget): string {
  switch (target.kind) {
    case 'document':
    case 'passage':
      return target.documentId;
    case 'proposal':
      return target.proposalId;
    case 'decision':
      return target.decisionId;
  }
}

interface EntryContext {
  workspaceId: string;
  member: Member | undefined;
  now: Date;
  id?: string;
}

function envelope<C extends DissentContent | DissentRevisionContent | WithdrawalContent | CosignContent>(
  kind: 'dissent' | 'dissent-revision' | 'dissent-withdrawal' | 'cosign' | 'cosign-withdrawal',
  subjectId: string,
  authorId: string,
  content: C,
  context: EntryContext,
): UnsignedEntry<C> {
  return unsignedEntry(kind, { ...context, subjectId, authorId }, content);
}

/** Any member, observers included, may record a view: the minority must always be able to speak. */
export function prepareDissent(input: unknown, context: EntryContext): Parsed<UnsignedEntry<DissentContent>> {
  const parsed = parseForm(DissentContentSchema, input);
  if (!parsed.ok) return parsed;
  if (!context.member) return { ok: false, errors: { _form: 'errors.notAMember' } };
  return { ok: true, value: envelope('dissent', targetId(parsed.value.target), context.member.id, parsed.value, context) };
}

/** The state of a view these actions depend on (see dissent-view.ts). */
export interface ViewState {
  id: string;
  authorId: string;
  status: 'active' | 'withdrawn';
  coSignerIds: readonly string[];
}

export function prepareRevision(input: unknown, view: ViewState, context: EntryContext): Parsed<UnsignedEntry<DissentRevisionContent>> {
  const parsed = parseForm(DissentRevisionContentSchema, input);
  if (!parsed.ok) return parsed;
  if (context.member?.id !== view.authorId) return { ok: false, errors: { _form: 'errors.onlyAuthorCanEdit' } };
  if (view.status === 'withdrawn') return { ok: false, errors: { _form: 'errors.viewWithdrawn' } };
  return { ok: true, value: envelope('dissent-revision', view.id, view.authorId, parsed.value, context) };
}

export function prepareWithdrawal(input: unknown, view: ViewState, context: EntryContext): Parsed<UnsignedEntry<WithdrawalContent>> {
  const parsed = parseForm(WithdrawalContentSchema, input ?? {});
  if (!parsed.ok) return parsed;
  if (context.member?.id !== view.authorId) return { ok: false, errors: { _form: 'errors.onlyAuthorCanWithdraw' } };
  if (view.status === 'withdrawn') return { ok: false, errors: { _form: 'errors.viewWithdrawn' } };
  return { ok: true, value: envelope('dissent-withdrawal', view.id, view.authorId, parsed.value, context) };
}

export function prepareCosign(view: ViewState, context: EntryContext): Parsed<UnsignedEntry<CosignContent>> {
  const member = context.member;
  if (!member) return { ok: false, errors: { _form: 'errors.notAMember' } };
  if (member.id === view.authorId) return { ok: false, errors: { _form: 'errors.authorCannotCosign' } };
  if (view.status === 'withdrawn') return { ok: false, errors: { _form: 'errors.viewWithdrawn' } };
  if (view.coSignerIds.includes(member.id)) return { ok: false, errors: { _form: 'errors.alreadyCosigned' } };
  return { ok: true, value: envelope('cosign', view.id, member.id, {}, context) };
}

export function prepareCosignWithdrawal(view: ViewState, context: EntryContext): Parsed<UnsignedEntry<WithdrawalContent>> {
  const member = context.member;
  if (!member || !view.coSignerIds.includes(member.id)) return { ok: false, errors: { _form: 'errors.notCosigned' } };
  return { ok: true, value: envelope('cosign-withdrawal', view.id, member.id, { reason: '' }, context) };
}
