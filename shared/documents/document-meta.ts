import { z } from 'zod';
import { LanguageTagSchema } from '../translations/content-language';
import { entityId, isoDateTime, requiredName } from '../validation';

export const DOCUMENT_TYPES = ['charter', 'terms-of-reference', 'output-report', 'statement', 'annual-report', 'blank'] as const;
export const DocumentTypeSchema = z.enum(DOCUMENT_TYPES, { message: 'errors.unknownDocumentType' });
export type DocumentType = z.infer<typeof DocumentTypeSchema>;

export const DOCUMENT_STATUSES = ['draft', 'in-review', 'adopted', 'published'] as const;
export const DocumentStatusSchema = z.enum(DOCUMENT_STATUSES, { message: 'errors.unknownStatus' });
export type DocumentStatus = z.infer<typeof DocumentStatusSchema>;

export const DocumentMetaSchema = z.object({
  id: entityId,
  title: requiredName,
  type: DocumentTypeSchema,
  status: DocumentStatusSchema,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  /** Member id and name at the time of the edit, so the label survives the member leaving. */
  updatedBy: z.object({ memberId: entityId, name: z.string().max(200) }),
  /** The language of the text (BCP 47); documents made before it was asked for have none. */
  language: LanguageTagSchema.optional(),
  /** Set on a translation: the document it translates, clause by clause (shared/translations/). */
  translationOf: entityId.optional(),
});
export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;

export const NewDocumentSchema = z.object({ title: requiredName, type: DocumentTypeSchema, language: LanguageTagSchema.optional() });
export type NewDocumentInput = z.input<typeof NewDocumentSchema>;
