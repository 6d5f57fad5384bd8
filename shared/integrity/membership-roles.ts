import type { Member, MemberRole } from '../members/member';
import type { MembershipView } from './membership-log';
import type { MemberBinding } from './membership-log-state';

/** The role a binding gives at `now`: outside its term, an officer is a plain member again. */
export function roleAt(binding: Pick<MemberBinding, 'role' | 'termStart' | 'termEnd'>, now: Date): MemberRole {
  const time = now.getTime();
  if (binding.termStart !== null && time < Date.parse(binding.termStart)) return 'member';
  if (binding.termEnd !== null && time >= Date.parse(binding.termEnd)) return 'member';
  return binding.role;
}

/**
 * The member records with the roles that count: the log's role for members it binds, members it
 * removed left out, and for a record the log does not back at most 'member' — a plain record can
 * name people but never make anyone an officer. `undefined` (the log not read yet) grants no office
 * either; only a workspace older than the log (no genesis) keeps the plain roles.
 */
export function membersWithLogRoles(records: readonly Member[], view: MembershipView | undefined, now: Date): Member[] {
  if (view && view.root === null) return [...records];
  const bound = new Map((view?.members ?? []).map((binding) => [binding.memberId, binding]));
  const removed = new Set((view?.former ?? []).map((binding) => binding.memberId));
  return records
    .filter((record) => !removed.has(record.id) || bound.has(record.id))
    .map((record) => {
      const binding = bound.get(record.id);
      if (binding) return { ...record, role: roleAt(binding, now) };
      return record.role === 'observer' || record.role === 'member' ? record : { ...record, role: 'member' };
    });
}

/** Whether `memberId` may do what `right` covers, by the log's rules and role now. */
export function logAllows(view: MembershipView, memberId: string, right: keyof NonNullable<MembershipView['rules']>, now: Date): boolean {
  const binding = view.members.find((member) => member.memberId === memberId);
  return binding !== undefined && view.rules !== null && view.rules[right].includes(roleAt(binding, now));
}
