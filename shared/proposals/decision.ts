import { z } from 'zod';
import { addDays } from '../calendar-days';
import type { Member } from '../members/member';
import { unsignedEntry, type SignedEntry, type UnsignedEntry } from '../integrity/signed-entry';
import type { Verified } from '../integrity/verify-entry';
import { entityId, isoDateTime, MAX_TEXT_LENGTH, optionalText, parseForm, type FieldErrors, type Parsed } from '../validation';
import { ConsensusLevelSchema } from './consensus-level';
import { isConsensusRule, isOfficer } from './decision-rule';
import type { ObjectionView } from './objection';
import type { Proposal } from './proposal';
import { evaluateRule } from './rule-evaluation';
import type { Tally } from './tally';

export const OUTCOMES = ['adopted', 'adopted-with-objections-noted', 'not-adopted', 'no-consensus', 'deferred'] as const;
export const OutcomeSchema = z.enum(OUTCOMES, { message: 'errors.unknownOutcome' });
export type Outcome = z.infer<typeof OutcomeSchema>;

export const MAX_CONFIRMATION_DAYS = 90;
const count = z.number().int().min(0);

/** Signed by the officer who closes the proposal; subjectId is the proposal id. */
export const DecisionContentSchema = z.object({
  outcome: OutcomeSchema,
  level: ConsensusLevelSchema.nullable(),
  summary: z.string().trim().min(1, { message: 'errors.summaryRequired' }).max(MAX_TEXT_LENGTH * 5, { message: 'errors.tooLong' }),
  /** The chair's reasoning; required under rough consensus (RFC 7282). */
  reasoning: z.string().trim().max(MAX_TEXT_LENGTH * 5, { message: 'errors.tooLong' }),
  provisional: z.boolean(),
  confirmationEndsAt: isoDateTime.nullable(),
  /** How late an objection cast within the confirmation period may arrive and still count. */
  confirmationGraceHours: z.number().min(0),
  /** The tally as the decider saw it, so every install shows the same record after late syncs. */
  counts: z.object({ support: count, 'support-with-reservations': count, 'stand-aside': count, object: count }),
  notResponded: count,
  countedPositionIds: z.array(entityId),
  objectionsNoted: z.array(entityId),
});
export type DecisionContent = z.output<typeof DecisionContentSchema>;
export type DecisionEntry = Verified<SignedEntry<DecisionContent>>;

export const DecisionFormSchema = z.object({
  outcome: OutcomeSchema,
  level: ConsensusLevelSchema.nullable().default(null),
  summary: z.string().trim().min(1, { message: 'errors.summaryRequired' }).max(MAX_TEXT_LENGTH * 5, { message: 'errors.tooLong' }),
  reasoning: optionalText(MAX_TEXT_LENGTH * 5),
  provisional: z.boolean().default(false),
  confirmationDays: z
    .number({ message: 'errors.invalidNumber' })
    .gt(0, { message: 'errors.confirmationOutOfRange' })
    .max(MAX_CONFIRMATION_DAYS, { message: 'errors.confirmationOutOfRange' })
    .optional(),
});
export type DecisionFormInput = z.input<typeof DecisionFormSchema>;
type DecisionForm = z.output<typeof DecisionFormSchema>;

const ADOPTING: readonly Outcome[] = ['adopted', 'adopted-with-objections-noted'];

export function isAdopting(outcome: Outcome): boolean {
  return ADOPTING.includes(outcome);
}

/**
 * The combinations no record may hold: intrinsic ones (a level that contradicts the outcome or the
 * counts) and ones that depend on the live state (quorum, open objections, the vote).
 */
export function decisionProblems(
  form: DecisionForm,
  context: { proposal: Proposal; tally: Pick<Tally, 'counts' | 'quorum'>; objections: readonly ObjectionView[] },
): FieldErrors {
  const errors: FieldErrors = {};
  const set = (field: string, key: string): void => {
    errors[field] ??= key;
  };
  const { rule } = context.proposal;
  const consensusRule = isConsensusRule(rule);
  const adopting = isAdopting(form.outcome);
  const objecting = context.tally.counts.object;
  const evaluation = evaluateRule(rule, context.tally, context.objections);

  if (form.level === 'full-consensus' && objecting > 0) set('level', 'errors.fullConsensusWithObjections');
  if (consensusRule && form.level === null && form.outcome !== 'deferred') set('level', 'errors.levelRequired');
  if (consensusRule && adopting && form.level === 'divergence') set('level', 'errors.levelContradictsOutcome');
  if ((form.outcome === 'no-consensus' || form.outcome === 'not-adopted') && (form.level === 'full-consensus' || form.level === 'consensus'))
    set('level', 'errors.levelContradictsOutcome');

  if (adopting) {
    if (!evaluation.quorumMet) set('outcome', 'errors.quorumNotMet');
    if (consensusRule && evaluation.openObjectionIds.length > 0) set('outcome', 'errors.openObjections');
    if (evaluation.blockers.includes('no-support')) set('outcome', 'errors.noSupport');
    if (evaluation.blockers.some((blocker) => blocker === 'tie' || blocker === 'below-majority' || blocker === 'below-threshold'))
      set('outcome', 'errors.voteNotCarried');
    if (consensusRule && form.outcome === 'adopted' && objecting > 0) set('outcome', 'errors.objectionsMustBeNoted');
  }
  if (form.outcome === 'adopted-with-objections-noted' && objecting === 0) set('outcome', 'errors.noObjectionsToNote');
  if (rule.kind === 'rough-consensus' && form.reasoning === '') set('reasoning', 'errors.reasoningRequired');
  if (form.provisional && form.confirmationDays === undefined) set('confirmationDays', 'errors.required');
  return errors;
}

/** Validates and builds the decision an officer will sign; refuses impossible combinations field by field. */
export function prepareDecision(
  input: unknown,
  context: {
    proposal: Proposal;
    decider: Member | undefined;
    tally: Tally;
    objections: readonly ObjectionView[];
    workspaceId: string;
    now: Date;
    /** The decider's zone: the confirmation period is counted in its calendar days. */
    timeZone: string;
    id?: string;
  },
): Parsed<UnsignedEntry<DecisionContent>> {
  const parsed = parseForm(DecisionFormSchema, input);
  if (!parsed.ok) return parsed;
  const form = parsed.value;
  if (!context.decider || !isOfficer(context.decider)) return { ok: false, errors: { _form: 'errors.notAllowedToDecide' } };
  if (context.now.getTime() < Date.parse(context.proposal.opensAt)) return { ok: false, errors: { _form: 'errors.proposalNotOpen' } };
  const errors = decisionProblems(form, context);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const { counts } = context.tally;
  const content: DecisionContent = {
    outcome: form.outcome,
    level: form.level,
    summary: form.summary,
    reasoning: form.reasoning,
    provisional: form.provisional,
    confirmationEndsAt:
      form.provisional && form.confirmationDays !== undefined ? addDays(context.now, form.confirmationDays, context.timeZone).toISOString() : null,
    confirmationGraceHours: context.proposal.arrivalGraceHours,
    counts: { ...counts },
    notResponded: context.tally.notResponded.length,
    // Every position that counted, earlier ones included: the record of how members moved (and
    // the objections raised on the way) must survive the decision, not only the final stances.
    countedPositionIds: context.tally.history.map((position) => position.entryId),
    objectionsNoted: context.objections.filter((objection) => objection.current).map((objection) => objection.id),
  };
  return { ok: true, value: unsignedEntry('decision', { ...context, subjectId: context.proposal.id, authorId: context.decider.id }, content) };
}

/** A signed decision from a peer that no honest install could have prepared: shown as flagged, never in the log. */
export function recordedDecisionProblem(entry: DecisionEntry, decider: Member | undefined): string | undefined {
  if (!decider || !isOfficer(decider)) return 'errors.notAllowedToDecide';
  const { content } = entry;
  if (content.level === 'full-consensus' && content.counts.object > 0) return 'errors.fullConsensusWithObjections';
  if (content.provisional !== (content.confirmationEndsAt !== null)) return 'errors.invalid';
  return undefined;
}
