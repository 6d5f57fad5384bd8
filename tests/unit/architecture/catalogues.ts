import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The interface catalogues as they are on disk, flattened to dotted keys, for the key checks. */
export const CATALOGUE_DIR = 'renderer/i18n';
export const LANGUAGES = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

type Node = { [key: string]: string | Node };
export const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(node: Node, prefix: string, into: Map<string, string>): void {
  for (const [key, value] of Object.entries(node)) {
    if (typeof value === 'string') into.set(prefix + key, value);
    else flatten(value, `${prefix}${key}.`, into);
  }
}

/** Every string of one language, by dotted key (plural forms keep their suffix). */
export function flatCatalogue(language: string): Map<string, string> {
  const keys = new Map<string, string>();
  const dir = join(CATALOGUE_DIR, language);
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
    flatten(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Node, '', keys);
  }
  return keys;
}

/** Keys as the code asks for them: a plural family counts once, under its name without suffix. */
export function baseKeys(catalogue: Map<string, string>): Set<string> {
  return new Set([...catalogue.keys()].map((key) => key.replace(PLURAL_SUFFIX, '')));
}

/** The plural forms (suffixes) a key has in a catalogue; empty when it is a plain string. */
export function pluralForms(catalogue: Map<string, string>, base: string): Set<string> {
  const forms = new Set<string>();
  for (const key of catalogue.keys()) {
    const match = PLURAL_SUFFIX.exec(key);
    if (match && key.slice(0, match.index) === base) forms.add(match[1] ?? '');
  }
  return forms;
}

export function placeholders(text: string): Set<string> {
  return new Set([...text.matchAll(/\{\{\s*([^},\s]+)[^}]*\}\}/g)].map((match) => match[1] ?? ''));
}
