import { z } from 'zod';
import type { Member } from '../members/member';
import { entityId, isoDateTime, MAX_TEXT_LENGTH, parseForm, requiredName, type Parsed } from '../validation';
import { DecisionRuleSchema, eligibleMembers, RuleKindSchema, type DecisionRule } from './decision-rule';
import { PassageAnchorSchema } from './passage-anchor';

export const MAX_PROPOSAL_TEXT_LENGTH = MAX_TEXT_LENGTH * 10;
export const MAX_GRACE_HOURS = 24 * 30;
export const DEFAULT_GRACE_HOURS = 72;

export const ProposalTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('standalone') }),
  z.object({ kind: z.literal('document'), documentId: entityId }),
  z.object({ kind: z.literal('passage'), documentId: entityId, anchor: PassageAnchorSchema }),
]);
export type ProposalTarget = z.infer<typeof ProposalTargetSchema>;

const proposalText = z
  .string()
  .trim()
  .min(1, { message: 'errors.required' })
  .max(MAX_PROPOSAL_TEXT_LENGTH, { message: 'errors.tooLong' });

export const ProposalSchema = z
  .object({
    id: entityId,
    title: requiredName,
    /** The text proposed: the wording members take a position on. */
    text: proposalText,
    proposerId: entityId,
    target: ProposalTargetSchema,
    opensAt: isoDateTime,
    closesAt: isoDateTime,
    /** How long after closing a position cast offline before closing may still arrive and count. */
    arrivalGraceHours: z.number().min(0).max(MAX_GRACE_HOURS),
    rule: DecisionRuleSchema,
    createdAt: isoDateTime,
    /** Which signed revision of the terms this record holds; absent on proposals made before terms were signed. */
    revision: z.number().int().min(1).optional(),
    /** The signed `proposal-terms` entry this record's terms must match (see proposal-terms.ts). */
    termsId: entityId.optional(),
  })
  .refine((proposal) => Date.parse(proposal.closesAt) > Date.parse(proposal.opensAt), {
    message: 'errors.closingBeforeOpening',
    path: ['closesAt'],
  });
export type Proposal = z.infer<typeof ProposalSchema>;

const optionalNumber = z.number({ message: 'errors.invalidNumber' }).optional();

/** The new-proposal form, flat so every problem lands on the field that caused it. */
export const ProposalFormSchema = z.object({
  title: requiredName,
  text: proposalText,
  targetKind: z.enum(['standalone', 'document', 'passage'], { message: 'errors.invalid' }).default('standalone'),
  documentId: z.string().trim().max(64, { message: 'errors.tooLong' }).default(''),
  anchor: PassageAnchorSchema.optional(),
  opensAt: isoDateTime.optional(),
  closesAt: z.iso.datetime({ offset: true, message: 'errors.invalidDateTime' }),
  ruleKind: RuleKindSchema,
  thresholdPercent: optionalNumber,
  quorumKind: z.enum(['none', 'count', 'share'], { message: 'errors.invalid' }).default('none'),
  quorumCount: optionalNumber,
  quorumPercent: optionalNumber,
  includeObservers: z.boolean().default(false),
  arrivalGraceHours: z
    .number({ message: 'errors.invalidNumber' })
    .min(0, { message: 'errors.graceOutOfRange' })
    .max(MAX_GRACE_HOURS, { message: 'errors.graceOutOfRange' })
    .default(DEFAULT_GRACE_HOURS),
});
export type ProposalFormInput = z.input<typeof ProposalFormSchema>;

type ProposalForm = z.output<typeof ProposalFormSchema>;
type Issue = { field: keyof ProposalForm; message: string };

function ruleFrom(form: ProposalForm, issues: Issue[]): DecisionRule | undefined {
  let quorum: DecisionRule['quorum'] = null;
  if (form.quorumKind === 'count') {
    if (form.quorumCount === undefined || !Number.isInteger(form.quorumCount) || form.quorumCount < 1)
      issues.push({ field: 'quorumCount', message: 'errors.quorumTooSmall' });
    else quorum = { kind: 'count', count: form.quorumCount };
  } else if (form.quorumKind === 'share') {
    if (form.quorumPercent === undefined || form.quorumPercent <= 0 || form.quorumPercent > 100)
      issues.push({ field: 'quorumPercent', message: 'errors.quorumOutOfRange' });
    else quorum = { kind: 'share', percent: form.quorumPercent };
  }
  const common = { quorum, includeObservers: form.includeObservers };
  if (form.ruleKind !== 'supermajority') return { kind: form.ruleKind, ...common };
  const threshold = form.thresholdPercent;
  if (threshold === undefined || threshold < 50 || threshold > 100) {
    issues.push({ field: 'thresholdPercent', message: 'errors.thresholdOutOfRange' });
    return undefined;
  }
  return { kind: 'supermajority', thresholdPercent: threshold, ...common };
}

function targetFrom(form: ProposalForm, issues: Issue[]): Proposal['target'] | undefined {
  if (form.targetKind === 'standalone') return { kind: 'standalone' };
  if (form.documentId === '') {
    issues.push({ field: 'documentId', message: 'errors.required' });
    return undefined;
  }
  if (form.targetKind === 'document') return { kind: 'document', documentId: form.documentId };
  if (!form.anchor) {
    issues.push({ field: 'anchor', message: 'errors.anchorRequired' });
    return undefined;
  }
  return { kind: 'passage', documentId: form.documentId, anchor: form.anchor };
}

/** Validates the form against the workspace (time, membership); nothing is built unless every field is right. */
export function createProposal(input: unknown, context: { id: string; proposerId: string; now: Date; members: readonly Member[] }): Parsed<Proposal> {
  const parsed = parseForm(ProposalFormSchema, input);
  if (!parsed.ok) return parsed;
  const form = parsed.value;
  const issues: Issue[] = [];
  const now = context.now.getTime();
  const opensAt = form.opensAt === undefined ? now : Date.parse(form.opensAt);
  const closesAt = Date.parse(form.closesAt);
  if (closesAt <= now) issues.push({ field: 'closesAt', message: 'errors.closingInPast' });
  else if (closesAt <= opensAt) issues.push({ field: 'closesAt', message: 'errors.closingBeforeOpening' });
  const rule = ruleFrom(form, issues);
  const target = targetFrom(form, issues);
  if (rule?.quorum?.kind === 'count' && rule.quorum.count > eligibleMembers(context.members, rule).length)
    issues.push({ field: 'quorumCount', message: 'errors.quorumExceedsMembership' });
  if (issues.length > 0 || !rule || !target) {
    const errors: Record<string, string> = {};
    for (const issue of issues) errors[issue.field] ??= issue.message;
    return { ok: false, errors };
  }
  const proposal: Proposal = {
    id: context.id,
    title: form.title,
    text: form.text,
    proposerId: context.proposerId,
    target,
    opensAt: new Date(opensAt).toISOString(),
    closesAt: new Date(closesAt).toISOString(),
    arrivalGraceHours: form.arrivalGraceHours,
    rule,
    createdAt: context.now.toISOString(),
  };
  return parseForm(ProposalSchema, proposal);
}
