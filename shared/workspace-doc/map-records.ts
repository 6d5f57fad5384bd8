import type * as Y from 'yjs';
import type { z } from 'zod';

export interface Parsed<T> {
  valid: T[];
  /** Keys of entries that failed validation: shown as damaged, never used. */
  invalid: string[];
}

export interface RecordRules<T> {
  /** Keys that belong to another collection in the same map (archived versions): neither valid nor damaged. */
  keep?: (key: string) => boolean;
  /** Where the record names its own key, one filed under another key is damaged: a peer may have copied it there. */
  keyOf?: (record: T) => string;
}

/** Every record of a Y.Map with its key, each parsed with the schema: any peer may have written it. */
export function parseKeyedRecords<T>(map: Y.Map<unknown>, schema: z.ZodType<T>, rules: RecordRules<T> = {}): { valid: [string, T][]; invalid: string[] } {
  const valid: [string, T][] = [];
  const invalid: string[] = [];
  map.forEach((value, key) => {
    if (rules.keep && !rules.keep(key)) return;
    const record = parseRecord(map, schema, key, rules);
    if (record === undefined) invalid.push(key);
    else valid.push([key, record]);
  });
  return { valid, invalid };
}

export function parseRecords<T>(map: Y.Map<unknown>, schema: z.ZodType<T>, rules: RecordRules<T> = {}): Parsed<T> {
  const { valid, invalid } = parseKeyedRecords(map, schema, rules);
  return { valid: valid.map(([, record]) => record), invalid };
}

/** The record under one key, or undefined when it is missing or malformed. */
export function parseRecord<T>(map: Y.Map<unknown>, schema: z.ZodType<T>, key: string, rules: Pick<RecordRules<T>, 'keyOf'> = {}): T | undefined {
  const result = schema.safeParse(map.get(key));
  if (!result.success || (rules.keyOf && rules.keyOf(result.data) !== key)) return undefined;
  return result.data;
}
