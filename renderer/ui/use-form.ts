import { useRef, useState } from 'react';
import type { z } from 'zod';
import { parseForm, type FieldErrors } from '../../shared/validation';

/** Form state with schema validation on submit; nothing reaches `onValid` unless the schema accepts it. */
export function useForm<S extends z.ZodType>(schema: S, initial: Record<string, string> | (() => Record<string, string>), idPrefix: string) {
  const [values, setValues] = useState<Record<string, string>>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  // One onChange per field for the form's life, so a keystroke re-renders the field typed in and
  // not every other (memoised) field of the form.
  const handlers = useRef(new Map<string, (value: string) => void>());
  const onChangeOf = (name: string) => {
    let handler = handlers.current.get(name);
    if (!handler) {
      handler = (value: string) => setValues((current) => ({ ...current, [name]: value }));
      handlers.current.set(name, handler);
    }
    return handler;
  };

  const field = (name: string) => ({
    id: `${idPrefix}-${name}`,
    value: values[name] ?? '',
    error: errors[name],
    onChange: onChangeOf(name),
  });

  const submit = (onValid: (value: z.output<S>) => void | Promise<void>) => async (event?: { preventDefault(): void }) => {
    event?.preventDefault();
    const parsed = parseForm(schema, values);
    setErrors(parsed.ok ? {} : parsed.errors);
    if (parsed.ok) await onValid(parsed.value);
  };

  return { values, setValues, errors, setErrors, field, submit };
}
