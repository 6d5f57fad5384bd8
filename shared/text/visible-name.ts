// What a name must be to be shown honestly: visible, in one reading direction, one script per word.
// Decision 0018 says why this is a minimal rule of our own rather than a confusables library.

/**
 * The Bidi_Control characters that reorder the letters after them: embeddings, overrides, isolates.
 * The marks (LRM, RLM, ALM) only nudge neutral characters, and right-to-left writers use them.
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
/** Characters that draw nothing on their own: spaces, format and control characters, default ignorables, lone marks, the braille blank. */
const INVISIBLE = /[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\p{Mn}\p{Me}\u2800]/gu;
const SCRIPTS_CONFUSED_WITH_EACH_OTHER = [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Greek}/u];

export function hasBidiControl(text: string): boolean {
  return BIDI_CONTROL.test(text);
}

export function isInvisible(text: string): boolean {
  return text.replace(INVISIBLE, '') === '';
}

/** A word that mixes Latin, Cyrillic and Greek letters ("pаypal" with a Cyrillic а) looks like another word. */
export function hasMixedScriptWord(text: string): boolean {
  return text.split(/[^\p{L}\p{M}]+/u).some((word) => SCRIPTS_CONFUSED_WITH_EACH_OTHER.filter((script) => script.test(word)).length > 1);
}

/** The form two names are compared in: compatibility-normalised, invisible characters dropped, case and spacing ignored. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** The first of `existing` that reads as the same name, if any. */
export function sameNameAs(name: string, existing: Iterable<string>): string | undefined {
  const key = nameKey(name);
  if (key === '') return undefined;
  for (const other of existing) if (nameKey(other) === key) return other;
  return undefined;
}

/** The comparison keys (nameKey) that more than one of `names` shares. */
export function sharedNameKeys(names: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const name of names) {
    const key = nameKey(name);
    if (seen.has(key)) shared.add(key);
    seen.add(key);
  }
  return shared;
}
