import { z } from 'zod';
import type { Member } from '../members/member';
import { unsignedEntry, type SignedEntry, type UnsignedEntry } from '../integrity/signed-entry';
import { byTime, type Verified } from '../integrity/verify-entry';
import { entityId, MAX_TEXT_LENGTH, parseForm, type Parsed } from '../validation';
import { isFullMember } from '../members/member';
import { isOfficer, type RuleKind } from './decision-rule';
import type { Proposal } from './proposal';
import type { Tally } from './tally';

export const OBJECTION_STATES = ['raised', 'addressed', 'accommodated', 'overruled'] as const;
export const ObjectionStateSchema = z.enum(OBJECTION_STATES, { message: 'errors.unknownObjectionState' });
export type ObjectionState = z.infer<typeof ObjectionStateSchema>;

/** Overruled is final; an objector who is not satisfied by "addressed" or "accommodated" may raise it again. */
export const OBJECTION_TRANSITIONS: Readonly<Record<ObjectionState, readonly ObjectionState[]>> = {
  raised: ['addressed', 'accommodated', 'overruled'],
  addressed: ['raised'],
  accommodated: ['raised'],
  overruled: [],
};

/** Signed by whoever makes the change; subjectId is the proposal id. */
export const ObjectionChangeContentSchema = z.object({
  objectionId: entityId,
  to: ObjectionStateSchema,
  reason: z.string().trim().min(1, { message: 'errors.reasonRequired' }).max(MAX_TEXT_LENGTH, { message: 'errors.tooLong' }),
});
export type ObjectionChangeContent = z.output<typeof ObjectionChangeContentSchema>;
export type ObjectionChangeEntry = Verified<SignedEntry<ObjectionChangeContent>>;

/** i18n key of why this actor may not make this change, or undefined when they may. */
export function transitionError(
  from: ObjectionState,
  to: ObjectionState,
  actor: Pick<Member, 'id' | 'role'> | undefined,
  context: { objectorId: string; proposerId: string; ruleKind: RuleKind },
): string | undefined {
  if (!actor) return 'errors.notAMember';
  if (!OBJECTION_TRANSITIONS[from].includes(to)) return 'errors.invalidTransition';
  const isObjector = actor.id === context.objectorId;
  if (!isFullMember(actor) && !isObjector) return 'errors.notAllowed';
  switch (to) {
    case 'raised':
      return isObjector ? undefined : 'errors.onlyObjectorCanReopen';
    case 'addressed':
      return isObjector || isOfficer(actor) ? undefined : 'errors.notAllowed';
    case 'accommodated':
      return isObjector || isOfficer(actor) || actor.id === context.proposerId ? undefined : 'errors.notAllowed';
    case 'overruled':
      // Overruling is the chair's judgement of rough consensus; under plain consensus one objection blocks.
      if (context.ruleKind !== 'rough-consensus') return 'errors.overruleNeedsRoughConsensus';
      return isOfficer(actor) ? undefined : 'errors.notAllowed';
  }
}

export interface ObjectionChange {
  entryId: string;
  from: ObjectionState;
  to: ObjectionState;
  byId: string;
  reason: string;
  at: string;
}

export interface ObjectionView {
  /** The id of the 'object' position that raised it. */
  id: string;
  proposalId: string;
  objectorId: string;
  reason: string;
  raisedAt: string;
  state: ObjectionState;
  /** Still the objector's current position; false once they changed it. */
  current: boolean;
  /** Current and raised: this objection blocks consensus. */
  open: boolean;
  changes: ObjectionChange[];
  /** Signed changes that broke the state machine or the actor rules: shown, not applied. */
  rejected: { entryId: string; byId: string; error: string }[];
}

/** Folds every signed change onto the objections of a proposal, in the same order on every install. */
export function trackObjections(options: {
  proposal: Proposal;
  members: readonly Member[];
  tally: Pick<Tally, 'history' | 'current'>;
  changes: readonly ObjectionChangeEntry[];
}): ObjectionView[] {
  const { proposal } = options;
  const memberById = new Map(options.members.map((member) => [member.id, member]));
  const currentIds = new Set(options.tally.current.map((position) => position.entryId));
  const changes = options.changes.filter((change) => change.subjectId === proposal.id).sort(byTime);
  return options.tally.history
    .filter((position) => position.stance === 'object')
    .map((position) => {
      const view: ObjectionView = {
        id: position.entryId,
        proposalId: proposal.id,
        objectorId: position.memberId,
        reason: position.reason,
        raisedAt: position.castAt,
        state: 'raised',
        current: currentIds.has(position.entryId),
        open: false,
        changes: [],
        rejected: [],
      };
      for (const change of changes) {
        if (change.content.objectionId !== view.id) continue;
        const error =
          Date.parse(change.at) < Date.parse(view.raisedAt)
            ? 'errors.changeBeforeObjection'
            : transitionError(view.state, change.content.to, memberById.get(change.authorId), {
                objectorId: view.objectorId,
                proposerId: proposal.proposerId,
                ruleKind: proposal.rule.kind,
              });
        if (error) {
          view.rejected.push({ entryId: change.id, byId: change.authorId, error });
          continue;
        }
        view.changes.push({ entryId: change.id, from: view.state, to: change.content.to, byId: change.authorId, reason: change.content.reason, at: change.at });
        view.state = change.content.to;
      }
      view.open = view.current && view.state === 'raised';
      return view;
    });
}

export type ObjectionChangeFormInput = z.input<typeof ObjectionChangeContentSchema>;

/** Validates a state change before it is signed: the same rules trackObjections() applies to peers' changes. */
export function prepareObjectionChange(
  input: unknown,
  context: { objection: ObjectionView; actor: Member | undefined; proposal: Proposal; workspaceId: string; now: Date; id?: string },
): Parsed<UnsignedEntry<ObjectionChangeContent>> {
  const parsed = parseForm(ObjectionChangeContentSchema, { ...(typeof input === 'object' && input ? input : {}), objectionId: context.objection.id });
  if (!parsed.ok) return parsed;
  const error = transitionError(context.objection.state, parsed.value.to, context.actor, {
    objectorId: context.objection.objectorId,
    proposerId: context.proposal.proposerId,
    ruleKind: context.proposal.rule.kind,
  });
  if (error) return { ok: false, errors: { to: error } };
  if (!context.actor) return { ok: false, errors: { _form: 'errors.notAMember' } };
  return { ok: true, value: unsignedEntry('objection-change', { ...context, subjectId: context.proposal.id, authorId: context.actor.id }, parsed.value) };
}
