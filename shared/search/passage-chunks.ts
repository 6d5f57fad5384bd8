/** Blocks up to this length are one record; longer ones are cut into chunks. */
export const CHUNK_ABOVE = 2000;
const MIN = 800;
const MAX = 4000;
const WINDOW = 16;

/** FNV-1a over the characters just before a candidate cut: the content, not the position, decides. */
function hashBefore(text: string, at: number): number {
  let hash = 0x811c9dc5;
  for (let index = Math.max(0, at - WINDOW); index < at; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}

/**
 * Where the chunks of a long block start. Cuts fall after a sentence end whose preceding characters
 * hash to 0 mod 4, at least MIN after the previous cut (forced at a space past MAX): chosen by
 * content, so typing in one chunk leaves the others' text, and their records, as they were.
 */
export function chunkStarts(text: string): number[] {
  const starts = [0];
  if (text.length <= CHUNK_ABOVE) return starts;
  const sentenceEnd = /[.!?;\n](?=\s)/gu;
  for (let last = 0; ; ) {
    let cut: number | undefined;
    sentenceEnd.lastIndex = last + MIN - 1;
    for (let match = sentenceEnd.exec(text); match; match = sentenceEnd.exec(text)) {
      const at = match.index + 1;
      if (at >= last + MAX || at >= text.length - MIN) break;
      if (hashBefore(text, at) % 4 === 0) {
        cut = at;
        break;
      }
    }
    if (cut === undefined) {
      const space = last + MAX < text.length - MIN ? text.slice(last + MAX).search(/\s/u) : -1;
      if (space < 0 || last + MAX + space >= text.length - MIN) return starts;
      cut = last + MAX + space;
    }
    starts.push(cut);
    last = cut;
  }
}
