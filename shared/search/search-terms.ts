/** Words as MiniSearch's default tokenizer cuts them: runs between spaces, line breaks and punctuation. */
export const WORD = /[^\n\r\p{Z}\p{P}]+/gu;
const SEPARATOR = /[\n\r\p{Z}\p{P}]+/u;

export function tokenize(text: string): string[] {
  return text.split(SEPARATOR).filter((word) => word !== '');
}

/** Case and accents folded, so "decision" finds "Décision" and "DECISIÓN". */
export function foldTerm(term: string): string {
  return term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
