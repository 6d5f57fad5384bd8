import * as Y from 'yjs';
import { resolveClauseBlock } from './clause-anchor';
import type { ClauseAlignment } from './clause-alignment';
import { clauseDigest, clausesOf, clauseText, type Clause } from './clauses';

/**
 * The aligned view's rows: each source clause beside its translation, in the source's order.
 * - current: translated, and the source clause's text is what the translator saw;
 * - stale: the source clause changed since (its digest differs from the one recorded);
 * - untranslated: no translated block is aligned with this source clause;
 * - source-removed: the source clause the translation was aligned with was deleted;
 * - unaligned: text written in the translation (in its own editor) that no alignment names.
 */
export type RowState = 'current' | 'stale' | 'untranslated' | 'source-removed' | 'unaligned';

export interface TranslatedClause {
  index: number;
  text: string;
}

export interface AlignedRow {
  state: RowState;
  source: Clause | undefined;
  /** The source clause's digest now: what "Mark as up to date" records. */
  sourceDigest: string | undefined;
  translation: TranslatedClause | undefined;
  alignment: ClauseAlignment | undefined;
}

interface Resolved {
  alignment: ClauseAlignment;
  sourceIndex: number | undefined;
  translation: TranslatedClause;
}

/** Each block's index, worked out once per body rather than once per alignment. */
function indexer(body: Y.XmlFragment): (anchor: string) => number | undefined {
  const indices = new Map<unknown, number>(body.toArray().map((block, index) => [block, index]));
  return (anchor) => {
    const block = resolveClauseBlock(body, anchor);
    return block === undefined ? undefined : indices.get(block);
  };
}

function resolve(sourceBody: Y.XmlFragment, translationBody: Y.XmlFragment, alignments: readonly ClauseAlignment[]): Resolved[] {
  const blocks = translationBody.toArray();
  const sourceIndex = indexer(sourceBody);
  const translationIndex = indexer(translationBody);
  return alignments.flatMap((alignment): Resolved[] => {
    const index = translationIndex(alignment.clause);
    const node = index === undefined ? undefined : blocks[index];
    // A translated block deleted from the translation leaves its source clause untranslated.
    if (index === undefined || !(node instanceof Y.XmlElement || node instanceof Y.XmlText)) return [];
    return [{ alignment, sourceIndex: sourceIndex(alignment.source), translation: { index, text: clauseText(node) } }];
  });
}

export function alignedRows(sourceBody: Y.XmlFragment, translationBody: Y.XmlFragment, alignments: readonly ClauseAlignment[]): AlignedRow[] {
  const resolved = resolve(sourceBody, translationBody, alignments);
  const bySource = new Map<number, Resolved[]>();
  for (const entry of resolved) if (entry.sourceIndex !== undefined) bySource.set(entry.sourceIndex, [...(bySource.get(entry.sourceIndex) ?? []), entry]);
  const shown = new Set<ClauseAlignment>();
  const rows: AlignedRow[] = clausesOf(sourceBody).flatMap((source): AlignedRow[] => {
    const digest = clauseDigest(source.text);
    const matching = (bySource.get(source.index) ?? []).sort((a, b) => a.translation.index - b.translation.index);
    matching.forEach((entry) => shown.add(entry.alignment));
    if (matching.length === 0) return [{ state: 'untranslated', source, sourceDigest: digest, translation: undefined, alignment: undefined }];
    return matching.map((entry) => ({
      state: entry.alignment.sourceDigest === digest ? 'current' : 'stale',
      source,
      sourceDigest: digest,
      translation: entry.translation,
      alignment: entry.alignment,
    }));
  });
  // A source block emptied of text is not a clause any more; its translation is shown as changed, not lost.
  const blocks = sourceBody.toArray();
  const placed = (row: AlignedRow & { translation: TranslatedClause }) => {
    // Where the translation has it: after the last row whose translated block comes before it.
    const after = rows.reduce((last, candidate, at) => (candidate.translation !== undefined && candidate.translation.index < row.translation.index ? at : last), -1);
    rows.splice(after + 1, 0, row);
  };
  for (const entry of resolved) {
    if (shown.has(entry.alignment)) continue;
    const stillThere = entry.sourceIndex !== undefined && blocks[entry.sourceIndex] !== undefined;
    placed({
      state: stillThere ? 'stale' : 'source-removed',
      source: undefined,
      sourceDigest: stillThere ? clauseDigest('') : undefined,
      translation: entry.translation,
      alignment: entry.alignment,
    });
  }
  const aligned = new Set(resolved.map((entry) => entry.translation.index));
  for (const clause of clausesOf(translationBody)) {
    if (aligned.has(clause.index)) continue;
    placed({ state: 'unaligned', source: undefined, sourceDigest: undefined, translation: { index: clause.index, text: clause.text }, alignment: undefined });
  }
  return rows;
}

/** Where a new translated clause goes in the translation: after the translation of the nearest earlier source clause. */
export function insertionIndex(rows: readonly AlignedRow[], sourceIndex: number): number {
  return rows.reduce((at, row) => (row.source !== undefined && row.source.index < sourceIndex && row.translation !== undefined ? Math.max(at, row.translation.index + 1) : at), 0);
}
