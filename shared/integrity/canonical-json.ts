import { z } from 'zod';

export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export type JsonObject = { [key: string]: JsonValue };

export const JsonValueSchema: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([z.null(), z.boolean(), z.number(), z.string(), z.array(JsonValueSchema), z.record(z.string(), JsonValueSchema)]),
);
export const JsonObjectSchema: z.ZodType<JsonObject> = z.record(z.string(), JsonValueSchema);

function serialise(value: JsonValue): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(serialise).join(',')}]`;
  // Keys sorted by UTF-16 code units, as RFC 8785 does, so every peer signs the same bytes.
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${serialise(value[key] as JsonValue)}`).join(',')}}`;
}

/** Stable serialisation: same value, same string, whatever order the keys were written in. */
export function canonicalJson(value: JsonValue): string {
  return serialise(value);
}

/** For values from peers: undefined instead of throwing when the value is not plain JSON. */
export function canonicalJsonOf(value: unknown): string | undefined {
  const parsed = JsonValueSchema.safeParse(value);
  return parsed.success ? serialise(parsed.data) : undefined;
}
