import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Dates, times and numbers reach the screen only through shared/i18n/formats.ts (decision 0027):
 * a screen that formats on its own drifts from the rest (a 12-hour clock here, US order there).
 */
function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, pattern) : pattern.test(name) ? [path] : [];
  });
}

const OWN_FORMATTING: RegExp[] = [
  /\.toLocale(?:Date|Time)?String\(/,
  /new Intl\.(?:DateTimeFormat|NumberFormat|RelativeTimeFormat|ListFormat|DurationFormat)\(/,
  // Intl.DateTimeFormat() with no locale only asks for this computer's zone; with one, it formats.
  /Intl\.DateTimeFormat\([^)]/,
  /\.toFixed\(/,
  /\bhour12\b|\bhourCycle\b/,
  /\.setLocale\(/,
  /\.toFormat\(\s*['"][^'"]*(?:MMM|EEE|a)[^'"]*['"]/,
];

// Constructing a format only to learn whether a zone name is known formats nothing.
const ZONE_PROBE = /new Intl\.DateTimeFormat\('en', \{ timeZone: \w+ \}\);/;

export function ownFormatting(file: string, text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, index) => (!ZONE_PROBE.test(line) && OWN_FORMATTING.some((rule) => rule.test(line)) ? [`${file}:${index + 1}: ${line.trim()}`] : []));
}

describe('one formats module', () => {
  it('finds formatting done outside it (the check itself)', () => {
    for (const line of ["new Date(x).toLocaleString('en-US')", "new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' })", '(bytes / 1024).toFixed(1)', "{ hour12: false }", "time.setLocale(locale).toLocaleString(DATE)"]) {
      expect(ownFormatting('x.tsx', line), line).toHaveLength(1);
    }
    expect(ownFormatting('x.ts', 'Intl.DateTimeFormat().resolvedOptions().timeZone')).toEqual([]);
    expect(ownFormatting('x.ts', "new Intl.DateTimeFormat('en', { timeZone: name });")).toEqual([]);
    expect(ownFormatting('x.ts', "DateTime.fromJSDate(at, { zone }).toFormat(\"yyyy-MM-dd'T'HH:mm\")")).toEqual([]);
  });

  it('is the only place the renderer and shared/ format dates, times and numbers for people', () => {
    const found = [...filesUnder('renderer', /\.tsx?$/), ...filesUnder('shared', /\.ts$/)]
      .filter((file) => !file.startsWith(join('shared', 'i18n')))
      .flatMap((file) => ownFormatting(file, readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });
});
