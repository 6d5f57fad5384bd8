import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layout mirrors in Arabic only if no rule names a physical side: margin-inline-start, not
 * margin-left; text-align: start, not left. This fails on any physical left/right in the renderer's
 * CSS, in inline style objects of its components, and in styles set from code.
 */
function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, pattern) : pattern.test(name) ? [path] : [];
  });
}

const SIDE = String.raw`(?:left|right)`;
const PHYSICAL_PROPERTY = new RegExp(String.raw`^(?:(?:margin|padding|border|scroll-margin|scroll-padding)(?:-(?:top|bottom))?-${SIDE}(?:-[a-z]+)?|${SIDE})$`, 'i');
const SIDE_VALUE = new RegExp(String.raw`^(?:text-align|float|clear|caption-side)$`, 'i');
const FOUR_SIDES = /^(?:margin|padding|inset|border-width|border-style|border-color|scroll-margin|scroll-padding)$/i;

/** One CSS declaration ("margin: 0 1rem 0 2rem") that names a physical side, directly or by position. */
function physicalDeclaration(declaration: string): boolean {
  const colon = declaration.indexOf(':');
  if (colon < 0) return false;
  const property = declaration.slice(0, colon).trim();
  const values = declaration.slice(colon + 1).replace(/!important/i, '').trim().split(/\s+/);
  if (PHYSICAL_PROPERTY.test(property)) return true;
  if (SIDE_VALUE.test(property)) return new RegExp(String.raw`^${SIDE}$`, 'i').test(values[0] ?? '');
  // Four values put right second and left fourth: different ones do not mirror.
  if (FOUR_SIDES.test(property)) return values.length === 4 && values[1] !== values[3];
  // border-radius: top-left top-right bottom-right bottom-left.
  if (/^border-radius$/i.test(property)) return values.length >= 3 && !values.includes('/') && (values[0] !== values[1] || values[2] !== (values[3] ?? values[1]));
  return false;
}

const CSS_RULES = { test: (line: string) => line.split(/[{};]/).some(physicalDeclaration) };

const CODE_RULES: RegExp[] = [
  // Inline style objects and element.style: marginLeft, paddingRight, borderLeftColor, left, right …
  /\b(?:margin|padding|border|scrollMargin|scrollPadding)(?:Top|Bottom)?(?:Left|Right)\w*\s*:/,
  /style=\{\{[^}]*\b(?:left|right)\s*:/,
  /\.style\.(?:left|right|margin(?:Left|Right)|padding(?:Left|Right)|border(?:Left|Right)\w*)\b/,
  /\btextAlign\s*:\s*['"](?:left|right)['"]/,
  /\.style\.setProperty\(\s*['"](?:left|right|(?:margin|padding|border)-(?:left|right)[\w-]*)['"]/,
];

/** Each offending line as "file:line: text"; CSS comments are skipped. */
export function physicalSides(file: string, text: string, rules: ReadonlyArray<{ test(line: string): boolean }> | { test(line: string): boolean }): string[] {
  const all = 'test' in rules ? [rules] : rules;
  const withoutComments = text.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
  return withoutComments.split('\n').flatMap((line, index) => (all.some((rule) => rule.test(line)) ? [`${file}:${index + 1}: ${line.trim()}`] : []));
}

describe('renderer styles use logical properties', () => {
  it('finds physical sides in CSS and in code (the check itself)', () => {
    const css = ['.a { margin-left: 1rem; }', '.b { text-align: right; }', '.c { left: 0; }', '.d { padding: 0 1rem 0 2rem; }', '.e { border-right-color: red; }', '.f { border-radius: 3px 3px 3px 0; }'];
    for (const line of css) expect(physicalSides('x.css', line, CSS_RULES)).toHaveLength(1);
    const fine = ['.a { margin-inline-start: 1rem; }', '.b { text-align: start; }', '.c { inset-inline-start: 0; }', '.d { padding: 0 1rem 0 1rem; }', '.e { margin: 0 auto; }', '.f { padding: 1rem 1.5rem 4rem; }', '/* left: 0 */'];
    for (const line of fine) expect(physicalSides('x.css', line, CSS_RULES)).toEqual([]);
    const code = ['<p style={{ marginLeft: 4 }} />', '<p style={{ left: 0 }} />', 'node.style.right = "0"', "const s = { textAlign: 'left' }"];
    for (const line of code) expect(physicalSides('x.tsx', line, CODE_RULES)).toHaveLength(1);
    expect(physicalSides('x.tsx', '<p style={{ marginInlineStart: 4, insetInlineStart: 0 }} />', CODE_RULES)).toEqual([]);
  });

  it('has none in the renderer', () => {
    const css = filesUnder('renderer', /\.(css|html)$/).flatMap((file) => physicalSides(file, readFileSync(file, 'utf8'), CSS_RULES));
    const code = filesUnder('renderer', /\.tsx?$/).flatMap((file) => physicalSides(file, readFileSync(file, 'utf8'), CODE_RULES));
    expect([...css, ...code]).toEqual([]);
  });
});
