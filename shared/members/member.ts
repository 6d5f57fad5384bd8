import { z } from 'zod';
import { entityId, isoDateTime } from '../validation';
import { IdentityInputSchema } from './identity';

export const MEMBER_ROLES = ['coordinator', 'chair', 'vice-chair', 'steering-committee', 'member', 'observer'] as const;
export const MemberRoleSchema = z.enum(MEMBER_ROLES, { message: 'errors.unknownRole' });
export type MemberRole = z.infer<typeof MemberRoleSchema>;

export const MemberInputSchema = IdentityInputSchema.extend({ role: MemberRoleSchema });
export type MemberInput = z.input<typeof MemberInputSchema>;
export type MemberFields = z.output<typeof MemberInputSchema>;

export const MemberSchema = MemberInputSchema.extend({
  id: entityId,
  joinedAt: isoDateTime,
  /** The identity id of the install this member uses, when known (the creator, later joiners). */
  identityId: entityId.optional(),
});
export type Member = z.infer<typeof MemberSchema>;

export function isFullMember(member: Pick<Member, 'role'>): boolean {
  return member.role !== 'observer';
}
