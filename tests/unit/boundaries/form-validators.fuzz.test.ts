import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { hasBidiControl, isInvisible, nameKey, sameNameAs } from '../../../shared/text/visible-name';
import { parseForm, requiredName } from '../../../shared/validation';
import { hostileString, TRICKY_CHARACTERS, withinBounds } from './bounded';

// Every schema shared/ exports, found rather than listed, so a new form's schema is fuzzed too.
const modules = import.meta.glob<Record<string, unknown>>('../../../shared/**/*.ts', { eager: true });
const schemas = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports).flatMap(([name, value]) => (value instanceof z.ZodType ? [{ label: `${file.replace(/^.*shared\//, '')} ${name}`, schema: value }] : [])),
);

const fieldValue = fc.oneof(hostileString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.array(hostileString, { maxLength: 5 }), fc.object({ maxDepth: 2 }));

function inputFor(schema: z.ZodType): fc.Arbitrary<unknown> {
  const keys = schema instanceof z.ZodObject ? Object.keys(schema.shape as object) : [];
  const shaped = keys.length > 0 ? fc.record(Object.fromEntries(keys.map((key) => [key, fieldValue])), { requiredKeys: [] }) : fieldValue;
  return fc.oneof({ weight: 3, arbitrary: shaped }, { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) });
}

describe('every schema in shared/ at the boundary', () => {
  it('finds the schemas', () => {
    expect(schemas.length).toBeGreaterThan(40);
  });

  it.each(schemas)('$label: any input is accepted or refused with i18n keys, never thrown on, within the time bound', ({ label, schema }) => {
    fc.assert(
      fc.property(inputFor(schema), (input) => {
        const parsed = withinBounds(() => parseForm(schema, input), label);
        if (!parsed.ok) for (const key of Object.values(parsed.errors)) expect(key).toMatch(/^[a-z]+(\.[A-Za-z]+)*\.?[A-Za-z]*$/);
      }),
      { numRuns: 60 },
    );
  });
});

describe('names', () => {
  const visibleName = fc.constantFrom('Amara Velde', 'Ko Tanaka', 'Ngozi Obi', 'Łucja Nowak', 'Ελένη', 'Дарья', 'أمل', 'עדי', '李娜', 'नेहा', 'Zoë-Anne');
  const invisibleOnly = fc.array(fc.constantFrom('\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u034f', '\u3164', '\u2800', '\u180e', ' ', '\u00a0', '\u200e'), { minLength: 1, maxLength: 20 }).map((cs) => cs.join(''));
  const overrides = fc.constantFrom('\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069');

  it('accepts names people have, in any script', () => {
    fc.assert(
      fc.property(visibleName, (name) => {
        expect(requiredName.safeParse(name).success).toBe(true);
      }),
    );
  });

  it('refuses a name made only of invisible characters', () => {
    fc.assert(
      fc.property(invisibleOnly, (name) => {
        expect(isInvisible(name)).toBe(true);
        expect(parseForm(z.object({ name: requiredName }), { name }).ok).toBe(false);
      }),
    );
  });

  it('refuses a name with a direction override or isolate anywhere in it', () => {
    fc.assert(
      fc.property(visibleName, overrides, fc.nat(), (name, control, at) => {
        const spoofed = name.slice(0, at % (name.length + 1)) + control + name.slice(at % (name.length + 1));
        expect(hasBidiControl(spoofed)).toBe(true);
        expect(parseForm(z.object({ name: requiredName }), { name: spoofed })).toEqual({ ok: false, errors: { name: 'errors.bidiControl' } });
      }),
    );
    expect(parseForm(z.object({ name: requiredName }), { name: '\u202enimda' })).toEqual({ ok: false, errors: { name: 'errors.bidiControl' } });
  });

  it('refuses a word that mixes Latin with Cyrillic or Greek letters', () => {
    for (const name of ['pаypal', 'Amаra', 'Κo Tanaka']) {
      expect(parseForm(z.object({ name: requiredName }), { name })).toEqual({ ok: false, errors: { name: 'errors.mixedScript' } });
    }
    expect(requiredName.safeParse('Дарья Smith').success).toBe(true);
  });

  it('reads as the same name whatever invisible characters, case, spacing or compatibility forms differ', () => {
    fc.assert(
      fc.property(visibleName, fc.array(fc.constantFrom(...TRICKY_CHARACTERS.filter((c) => /[\u200b-\u200f\u2060\ufeff\u00ad]/u.test(c))), { maxLength: 3 }), (name, extras) => {
        const disguised = ` ${extras.join('')}${name.toUpperCase()}  `.replace(' ', '\u00a0');
        expect(nameKey(disguised)).toBe(nameKey(name));
        expect(sameNameAs(disguised, ['Someone Else', name])).toBe(name);
      }),
    );
    expect(sameNameAs('Ｋｏ Ｔａｎａｋａ', ['Ko Tanaka'])).toBe('Ko Tanaka');
    expect(sameNameAs('Ko Tanaka', ['Ko Tanaka-Obi'])).toBeUndefined();
  });
});
