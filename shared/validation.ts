import { z } from 'zod';
import { hasBidiControl, hasMixedScriptWord, isInvisible } from './text/visible-name';

// Messages are i18n keys: shared/ stays free of UI text, the renderer translates them.
export const MAX_NAME_LENGTH = 120;
export const MAX_TEXT_LENGTH = 2000;
/** No field takes more than this as typed or pasted, whatever its schema allows: beyond it a paste is cut and the field says so. */
export const MAX_FIELD_INPUT_LENGTH = 40_000;

export const requiredName = z
  .string()
  .trim()
  .min(1, { message: 'errors.required' })
  .max(MAX_NAME_LENGTH, { message: 'errors.tooLong' })
  .refine((value) => value === '' || !isInvisible(value), { message: 'errors.invisibleName' })
  .refine((value) => !hasBidiControl(value), { message: 'errors.bidiControl' })
  .refine((value) => !hasMixedScriptWord(value), { message: 'errors.mixedScript' });

export const optionalText = (max = MAX_TEXT_LENGTH) =>
  z.string().trim().max(max, { message: 'errors.tooLong' }).default('');

export const optionalEmail = z
  .string()
  .trim()
  .max(254, { message: 'errors.tooLong' })
  .refine((value) => value === '' || z.email().safeParse(value).success, { message: 'errors.invalidEmail' })
  .default('');

export const optionalUrl = z
  .string()
  .trim()
  .max(2048, { message: 'errors.tooLong' })
  .refine((value) => value === '' || /^https?:\/\//i.test(value) && z.url().safeParse(value).success, {
    message: 'errors.invalidUrl',
  })
  .default('');

export const isoDateTime = z.iso.datetime({ offset: true });
export const entityId = z.string().min(1).max(64);

/** Field name → i18n key of the first problem, for inline errors next to each field. */
export type FieldErrors = Partial<Record<string, string>>;

export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '_form');
    if (errors[field] === undefined) errors[field] = issue.message.startsWith('errors.') ? issue.message : 'errors.invalid';
  }
  return errors;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

export function parseForm<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.output<S>> {
  const result = schema.safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: fieldErrors(result.error) };
}
