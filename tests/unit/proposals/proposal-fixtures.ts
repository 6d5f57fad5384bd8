import type { Member } from '../../../shared/members/member';
import type { DecisionRule } from '../../../shared/proposals/decision-rule';
import type { PositionContent, Stance } from '../../../shared/proposals/position';
import type { Proposal } from '../../../shared/proposals/proposal';
import type { ReceivedPosition } from '../../../shared/proposals/tally';
import { entriesOfKind } from '../../../shared/integrity/verify-entry';
import { PositionContentSchema } from '../../../shared/proposals/position';
import { Keyring, member, WORKSPACE } from '../integrity/signing-fixtures';

export const OPENS = '2026-06-01T08:00:00.000Z';
export const CLOSES = '2026-06-08T08:00:00.000Z';
export const hoursAfter = (iso: string, hours: number): string => new Date(Date.parse(iso) + hours * 3_600_000).toISOString();

export const members: Member[] = [
  member('chair', { role: 'chair', stakeholderGroup: 'academia' }),
  member('ana', { stakeholderGroup: 'civil-society' }),
  member('bo', { stakeholderGroup: 'civil-society' }),
  member('cyd', { stakeholderGroup: 'government' }),
  member('dev', { stakeholderGroup: 'private-sector' }),
  member('obs', { role: 'observer', stakeholderGroup: 'technical-community' }),
];

export function rule(kind: DecisionRule['kind'], extra: Partial<{ thresholdPercent: number; quorum: DecisionRule['quorum']; includeObservers: boolean }> = {}): DecisionRule {
  const common = { quorum: extra.quorum ?? null, includeObservers: extra.includeObservers ?? false };
  return kind === 'supermajority' ? { kind, thresholdPercent: extra.thresholdPercent ?? 66, ...common } : { kind, ...common };
}

export function proposal(decisionRule: DecisionRule, fields: Partial<Proposal> = {}): Proposal {
  return {
    id: 'prop-1',
    title: 'Adopt the open data charter',
    text: 'The coalition adopts the charter as circulated.',
    proposerId: 'ana',
    target: { kind: 'standalone' },
    opensAt: OPENS,
    closesAt: CLOSES,
    arrivalGraceHours: 48,
    rule: decisionRule,
    createdAt: OPENS,
    ...fields,
  };
}

let sequence = 0;

/** Signs and verifies positions for real, so tallies only ever see what verification lets through. */
export class Ballot {
  readonly keyring = new Keyring();
  private ready: Promise<void> | undefined;

  init(ids: readonly string[] = members.map((m) => m.id)): Promise<void> {
    return (this.ready ??= this.keyring.addAll(ids));
  }

  async position(memberId: string, stance: Stance, options: { at?: string; reason?: string; receivedAt?: string; proposalId?: string } = {}): Promise<ReceivedPosition> {
    sequence += 1;
    const content: PositionContent = { stance, reason: options.reason ?? (stance === 'object' ? 'It ignores the regional chapters.' : '') };
    const at = options.at ?? hoursAfter(OPENS, sequence / 100);
    const signed = await this.keyring.sign({
      v: 1,
      id: `pos-${sequence}`,
      kind: 'position',
      workspaceId: WORKSPACE,
      subjectId: options.proposalId ?? 'prop-1',
      authorId: memberId,
      at,
      content,
    });
    const [entry] = entriesOfKind(await this.keyring.verify([signed]), 'position', PositionContentSchema).verified;
    if (!entry) throw new Error('position did not verify');
    return { entry, receivedAt: options.receivedAt ?? at };
  }
}
