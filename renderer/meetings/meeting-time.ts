import type { PlannedMember } from '../../shared/meetings/local-times';
import type { Member } from '../../shared/members/member';
import { systemTimeZone } from '../members/person-fields';

/** The zone the current user plans and reads times in: their member record's, else this computer's (a viewer). */
export function zoneOf(me: Member | undefined): string {
  return me?.timeZone ?? systemTimeZone();
}

export function plannedMembers(members: readonly Member[]): PlannedMember[] {
  return members.map(({ id, name, timeZone }) => ({ id, name, timeZone }));
}

export function nameOf(members: readonly Member[], id: string): string {
  return members.find((member) => member.id === id)?.name ?? id;
}

export function namesOf(members: readonly Member[], ids: readonly string[]): string {
  return ids.map((id) => nameOf(members, id)).join(', ');
}

/** '' stays undefined so the schema reports "required"; anything else non-numeric becomes NaN and is refused. */
export function numberOrUndefined(value: string | undefined): number | undefined {
  const trimmed = (value ?? '').trim();
  return trimmed === '' ? undefined : Number(trimmed);
}

/** A file name from a title: letters, digits and dashes. */
export function fileSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .slice(0, 60);
  return slug || 'meeting';
}
