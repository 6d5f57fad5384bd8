import { z } from 'zod';
import { optionalEmail, optionalText, optionalUrl, requiredName } from '../validation';

export const WorkspaceProfileSchema = z.object({
  name: requiredName,
  acronym: optionalText(20),
  focus: optionalText(500),
  objectives: optionalText(),
  mailingList: optionalEmail,
  website: optionalUrl,
});
export type WorkspaceProfileInput = z.input<typeof WorkspaceProfileSchema>;
export type WorkspaceProfile = z.infer<typeof WorkspaceProfileSchema>;
