import type { MembershipEntry } from './membership-entry';
import type { OrderedLog, StructuralReason } from './membership-log-order';
import { affectsStanding, applyEntry, currentMember, genesisState, type CheckedEntry, type LogState, type RejectionReason } from './membership-log-state';

export interface Rejection {
  hash: string;
  reason: RejectionReason | StructuralReason | 'overruled-by-senior';
  authorId: string;
  kind: MembershipEntry['kind'];
}

/** Two concurrent entries that could not both stand: `entry` lost to `overruledBy`. */
export interface Conflict {
  entry: string;
  authorId: string;
  kind: MembershipEntry['kind'];
  reason: Rejection['reason'];
  overruledBy: string[];
}

interface Fold {
  state: LogState;
  accepted: string[];
  rejected: Rejection[];
  /** Entries refused only because of concurrent ones ordered before them (their own past allowed them). */
  collisions: { hash: string; culprits: string[] }[];
  causal: Map<string, LogState>;
}

/** Concurrent entries that touch the same thing: the author's standing, the same member, token or secret epoch. */
function touches(culprit: MembershipEntry, entry: MembershipEntry): boolean {
  if (affectsStanding(culprit, entry.authorId)) return true;
  const subject = (candidate: MembershipEntry): string | undefined => {
    switch (candidate.kind) {
      case 'secret-rotation':
        return 'secret';
      case 'invitation':
        return `token:${candidate.content.tokenHash}`;
      case 'rules':
        return 'rules';
      case 'genesis':
        return undefined;
      default:
        return `member:${candidate.content.memberId}`;
    }
  };
  const mine = subject(entry);
  return mine !== undefined && mine === subject(culprit);
}

function fold(ordered: OrderedLog, root: CheckedEntry, genesis: LogState, overruled: ReadonlySet<string>): Fold {
  const structural = new Map(ordered.structural.map((item) => [item.hash, item.reason]));
  const accepted = new Set<string>([root.hash]);
  const result: Fold = { state: genesis, accepted: [root.hash], rejected: [], collisions: [], causal: new Map() };
  // State right after each entry as its own causal past saw it, so a single-parent child needs no refold.
  const causalAfter = new Map<string, LogState>([[root.hash, genesis]]);

  const causalState = (checked: CheckedEntry): LogState => {
    const parents = checked.entry.parents;
    const only = parents.length === 1 ? causalAfter.get(parents[0] as string) : undefined;
    if (only) return only;
    const past = ordered.ancestors.get(checked.hash) ?? new Set<string>();
    let state = genesis;
    for (const earlier of ordered.order) {
      if (earlier.hash === checked.hash) break;
      if (earlier.hash === root.hash || !past.has(earlier.hash) || !accepted.has(earlier.hash)) continue;
      const step = applyEntry(state, earlier);
      if (step.ok) state = step.state;
    }
    return state;
  };

  for (const checked of ordered.order) {
    if (checked.hash === root.hash) continue;
    const { entry, hash } = checked;
    const reject = (reason: Rejection['reason']) => result.rejected.push({ hash, reason, authorId: entry.authorId, kind: entry.kind });
    const causal = causalState(checked);
    result.causal.set(hash, causal);
    causalAfter.set(hash, causal);
    const structuralReason = structural.get(hash);
    if (structuralReason) {
      reject(structuralReason);
      continue;
    }
    if (overruled.has(hash)) {
      reject('overruled-by-senior');
      continue;
    }
    const inPast = applyEntry(causal, checked);
    if (!inPast.ok) {
      reject(inPast.reason);
      continue;
    }
    causalAfter.set(hash, inPast.state);
    const now = applyEntry(result.state, checked);
    if (!now.ok) {
      reject(now.reason);
      const past = ordered.ancestors.get(hash) ?? new Set<string>();
      const culprits = result.accepted.filter((other) => {
        const culprit = ordered.order[ordered.position.get(other) ?? -1];
        return culprit !== undefined && !past.has(other) && touches(culprit.entry, entry);
      });
      result.collisions.push({ hash, culprits });
      continue;
    }
    result.state = now.state;
    accepted.add(hash);
    result.accepted.push(hash);
  }
  return result;
}

/** Lower is more senior: the place in the order of the entry that admitted the member. */
function seniority(ordered: OrderedLog, state: LogState | undefined, memberId: string): number {
  const member = state ? currentMember(state, memberId) : undefined;
  return member ? (ordered.position.get(member.admittedBy) ?? Number.POSITIVE_INFINITY) : Number.POSITIVE_INFINITY;
}

/**
 * Folds the ordered log. When an entry lost a collision only to concurrent entries by more junior
 * members, those are overruled and the fold runs again; the overrule is kept only if the senior
 * entry then stands and every earlier winner still does. Each collision is tried once.
 */
export function resolveLog(ordered: OrderedLog, root: CheckedEntry): { state: LogState; accepted: string[]; rejected: Rejection[]; conflicts: Conflict[] } {
  const genesis = genesisState(root) as LogState;
  const entryOf = (hash: string) => ordered.order[ordered.position.get(hash) ?? -1] as CheckedEntry;
  let overruled = new Map<string, string>();
  let result = fold(ordered, root, genesis, new Set());
  const tried = new Set<string>();
  for (;;) {
    const winners = new Set(overruled.values());
    const current = result;
    const candidate = current.collisions.find(({ hash, culprits }) => {
      if (tried.has(hash) || culprits.length === 0 || culprits.some((culprit) => winners.has(culprit))) return false;
      const mine = seniority(ordered, current.causal.get(hash), entryOf(hash).entry.authorId);
      return culprits.every((culprit) => mine < seniority(ordered, current.causal.get(culprit), entryOf(culprit).entry.authorId));
    });
    if (!candidate) break;
    tried.add(candidate.hash);
    const trialOverruled = new Map(overruled);
    for (const culprit of candidate.culprits) trialOverruled.set(culprit, candidate.hash);
    const trial = fold(ordered, root, genesis, new Set(trialOverruled.keys()));
    const stands = new Set(trial.accepted);
    if ([...new Set(trialOverruled.values())].every((winner) => stands.has(winner))) {
      overruled = trialOverruled;
      result = trial;
    }
  }
  const conflicts: Conflict[] = [
    ...result.collisions
      .filter(({ culprits }) => culprits.length > 0)
      .map(({ hash, culprits }) => {
        const { entry } = entryOf(hash);
        const reason = result.rejected.find((rejection) => rejection.hash === hash)?.reason ?? 'not-allowed';
        return { entry: hash, authorId: entry.authorId, kind: entry.kind, reason, overruledBy: culprits };
      }),
    ...[...overruled].map(([hash, by]) => {
      const { entry } = entryOf(hash);
      return { entry: hash, authorId: entry.authorId, kind: entry.kind, reason: 'overruled-by-senior' as const, overruledBy: [by] };
    }),
  ].sort((a, b) => (ordered.position.get(a.entry) ?? 0) - (ordered.position.get(b.entry) ?? 0));
  return { state: result.state, accepted: result.accepted, rejected: result.rejected, conflicts };
}
