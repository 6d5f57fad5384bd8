import { z } from 'zod';
import { entityId, optionalEmail, optionalText, requiredName } from '../validation';
import { StakeholderGroupSchema } from './stakeholder-group';
import { TimeZoneSchema } from './time-zone';

/** Who is using this install. Kept locally; copied into a workspace's member list when they create or join it. */
export const IdentityInputSchema = z.object({
  name: requiredName,
  email: optionalEmail,
  organisation: optionalText(200),
  stakeholderGroup: StakeholderGroupSchema,
  region: optionalText(120),
  timeZone: TimeZoneSchema,
});
export type IdentityInput = z.input<typeof IdentityInputSchema>;

export const IdentitySchema = IdentityInputSchema.extend({ id: entityId });
export type Identity = z.infer<typeof IdentitySchema>;
