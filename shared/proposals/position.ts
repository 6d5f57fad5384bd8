import { z } from 'zod';
import { unsignedEntry, type SignedEntry, type UnsignedEntry } from '../integrity/signed-entry';
import type { Verified } from '../integrity/verify-entry';
import { entityId, MAX_TEXT_LENGTH, optionalText, parseForm, type Parsed } from '../validation';
import type { Proposal } from './proposal';

export const STANCES = ['support', 'support-with-reservations', 'stand-aside', 'object'] as const;
export const StanceSchema = z.enum(STANCES, { message: 'errors.unknownStance' });
export type Stance = z.infer<typeof StanceSchema>;

/** A formal objection blocks consensus, so it must say why; the other stances only invite a reason. */
export const PositionContentSchema = z
  .object({
    stance: StanceSchema,
    reason: optionalText(MAX_TEXT_LENGTH),
    // Optional so positions signed before terms were revisable still parse (they were given to revision 1).
    /** The revision of the proposal's terms this position was given to. */
    revision: z.number().int().min(1).optional(),
    /** The signed terms entry of that revision: binds the position to the exact wording signed. */
    termsId: entityId.optional(),
  })
  .superRefine((position, context) => {
    if (position.stance === 'object' && position.reason === '')
      context.addIssue({ code: 'custom', path: ['reason'], message: 'errors.reasonRequired' });
  });
export type PositionContent = z.output<typeof PositionContentSchema>;
export type PositionFormInput = z.input<typeof PositionContentSchema>;

/** A position as signed and verified; subjectId is the proposal id. */
export type PositionEntry = Verified<SignedEntry<PositionContent>>;

export function reasonInvited(stance: Stance): boolean {
  return stance === 'support-with-reservations' || stance === 'stand-aside';
}

export function reasonRequired(stance: Stance): boolean {
  return stance === 'object';
}

/** Validates a position before it is signed. Casting is refused outside the proposal's window. */
export function preparePosition(
  input: unknown,
  context: { proposal: Proposal; workspaceId: string; memberId: string; now: Date; id?: string },
): Parsed<UnsignedEntry<PositionContent>> {
  const parsed = parseForm(PositionContentSchema, input);
  if (!parsed.ok) return parsed;
  const now = context.now.getTime();
  if (now < Date.parse(context.proposal.opensAt)) return { ok: false, errors: { _form: 'errors.proposalNotOpen' } };
  if (now > Date.parse(context.proposal.closesAt)) return { ok: false, errors: { _form: 'errors.proposalClosed' } };
  const entryContext = { ...context, subjectId: context.proposal.id, authorId: context.memberId };
  return { ok: true, value: unsignedEntry('position', entryContext, { ...parsed.value, ...givenTo(context.proposal) }) };
}

/** The revision a new position is given to; nothing for an unsigned (older) proposal, which stays at revision 1. */
function givenTo(proposal: Proposal): Pick<PositionContent, 'revision' | 'termsId'> {
  if (proposal.revision === undefined || proposal.termsId === undefined) return {};
  return { revision: proposal.revision, termsId: proposal.termsId };
}
