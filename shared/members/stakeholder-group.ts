import { z } from 'zod';

export const STAKEHOLDER_GROUPS = [
  'civil-society',
  'government',
  'intergovernmental',
  'private-sector',
  'technical-community',
  'academia',
] as const;

export const StakeholderGroupSchema = z.enum(STAKEHOLDER_GROUPS, { message: 'errors.unknownStakeholderGroup' });
export type StakeholderGroup = z.infer<typeof StakeholderGroupSchema>;

/** A coalition needs members from at least three stakeholder groups to stay active. */
export const MIN_STAKEHOLDER_GROUPS = 3;

export interface StakeholderCoverage {
  represented: StakeholderGroup[];
  meetsMinimum: boolean;
}

export function stakeholderCoverage(members: ReadonlyArray<{ stakeholderGroup: StakeholderGroup }>): StakeholderCoverage {
  const present = new Set(members.map((member) => member.stakeholderGroup));
  const represented = STAKEHOLDER_GROUPS.filter((group) => present.has(group));
  return { represented, meetsMinimum: represented.length >= MIN_STAKEHOLDER_GROUPS };
}
