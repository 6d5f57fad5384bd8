import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every key the UI asks for, and every error key shared/ can produce, exists in the English catalogue. */
type Catalogue = { [key: string]: string | Catalogue };

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, pattern) : pattern.test(name) ? [path] : [];
  });
}

const catalogue: Catalogue = {};
for (const file of filesUnder('renderer/i18n/en', /\.json$/)) {
  const add = (target: Catalogue, source: Catalogue) => {
    for (const [key, value] of Object.entries(source)) {
      const existing = target[key];
      if (typeof value === 'object' && typeof existing === 'object') add(existing, value);
      else target[key] = value;
    }
  };
  add(catalogue, JSON.parse(readFileSync(file, 'utf8')) as Catalogue);
}

function has(key: string): boolean {
  const parts = key.split('.');
  const last = parts.pop() ?? '';
  let node: string | Catalogue | undefined = catalogue;
  for (const part of parts) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'object' && (typeof node[last] === 'string' || typeof node[`${last}_one`] === 'string');
}

describe('i18n catalogue', () => {
  it('has every key the renderer asks for with a literal t(...) call', () => {
    const missing = filesUnder('renderer', /\.tsx?$/).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z][\w-]*(?:\.[\w-]+)+)'/g)].map((match) => match[1] ?? '').filter((key) => !has(key)).map((key) => `${file}: ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('has every error key that shared/ validation can produce', () => {
    const missing = filesUnder('shared', /\.ts$/).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/'(errors\.[a-zA-Z]+)'/g)].map((match) => match[1] ?? '').filter((key) => !has(key)).map((key) => `${file}: ${key}`),
    );
    expect([...new Set(missing)]).toEqual([]);
  });
});
