import type { MemberRole } from '../members/member';
import { MembershipEntrySchema } from './membership-entry';
import type { MembershipView } from './membership-log';
import { roleAt } from './membership-roles';

interface RoleChange {
  at: number;
  /** null: removed (or left) from this point on. */
  role: MemberRole | null;
  termStart: string | null;
  termEnd: string | null;
}

/** Each member's roles over (claimed) time, from the entries the log accepted, in the order they took effect. */
export type RoleHistory = ReadonlyMap<string, readonly RoleChange[]>;

/**
 * The view says who holds which role now; a signed act is judged by the role its author held when
 * signing it, so a chair who steps down later does not undo what they did while chair.
 */
export function roleHistory(view: MembershipView, raw: readonly { key: string; value: unknown }[]): RoleHistory {
  const byHash = new Map(raw.map((entry) => [entry.key, entry.value]));
  const history = new Map<string, RoleChange[]>();
  const push = (memberId: string, change: RoleChange) => history.set(memberId, [...(history.get(memberId) ?? []), change]);
  for (const hash of view.accepted) {
    const parsed = MembershipEntrySchema.safeParse(byHash.get(hash));
    if (!parsed.success) continue;
    const entry = parsed.data;
    const at = Date.parse(entry.at);
    const plain = { termStart: null, termEnd: null };
    if (entry.kind === 'genesis') push(entry.content.founder.memberId, { at, role: 'coordinator', ...plain });
    else if (entry.kind === 'admission') push(entry.content.memberId, { at, role: entry.content.role, ...plain });
    else if (entry.kind === 'role') push(entry.content.memberId, { at, role: entry.content.role, termStart: entry.content.termStart, termEnd: entry.content.termEnd });
    else if (entry.kind === 'removal') push(entry.content.memberId, { at, role: null, ...plain });
  }
  return history;
}

/** The role the log gave `memberId` at `when`; undefined when they were not a member then. */
export function roleAtTime(history: RoleHistory, memberId: string, when: Date): MemberRole | undefined {
  const time = when.getTime();
  const change = (history.get(memberId) ?? []).filter((item) => item.at <= time).at(-1);
  if (!change || change.role === null) return undefined;
  return roleAt({ role: change.role, termStart: change.termStart, termEnd: change.termEnd }, when);
}
