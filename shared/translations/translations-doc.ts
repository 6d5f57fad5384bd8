import * as Y from 'yjs';
import type { DocumentMeta } from '../documents/document-meta';
import type { Parsed, WorkspaceDoc } from '../workspace-doc/workspace-doc';
import { alignedRows, insertionIndex } from './aligned-rows';
import { clauseAnchor, resolveClauseAnchor } from './clause-anchor';
import { ClauseAlignmentSchema, TranslationFamilySchema, type ClauseAlignment } from './clause-alignment';
import { clauseLike, writeClauseText } from './clause-text-writing';

/**
 * The translations part of a workspace's Y.Doc (decision 0029): clause alignments keyed by id, one
 * record per translated clause so translators working offline on different clauses never collide;
 * and per family (keyed by its source document) which document is authoritative. Every read is
 * parsed: any peer may have written it.
 */
const ALIGNMENTS = 'clauseAlignments';
const FAMILIES = 'translationFamilies';

type Author = DocumentMeta['updatedBy'];

export class TranslationsDoc {
  constructor(readonly workspace: WorkspaceDoc) {}

  private get ydoc(): Y.Doc {
    return this.workspace.ydoc;
  }
  private get alignmentMap(): Y.Map<unknown> {
    return this.ydoc.getMap(ALIGNMENTS);
  }
  private get familyMap(): Y.Map<unknown> {
    return this.ydoc.getMap(FAMILIES);
  }

  alignments(translationId: string): Parsed<ClauseAlignment> {
    const valid: ClauseAlignment[] = [];
    const invalid: string[] = [];
    this.alignmentMap.forEach((value, key) => {
      const parsed = ClauseAlignmentSchema.safeParse(value);
      if (!parsed.success || parsed.data.id !== key) invalid.push(key);
      else if (parsed.data.translationId === translationId) valid.push(parsed.data);
    });
    return { valid, invalid };
  }

  /** The documents that translate `sourceId`. */
  translationsOf(sourceId: string): DocumentMeta[] {
    return this.workspace.documents().valid.filter((meta) => meta.translationOf === sourceId);
  }

  /** The family's authoritative document: its source unless the coalition marked another member of the family. */
  authoritativeId(sourceId: string): string {
    const parsed = TranslationFamilySchema.safeParse(this.familyMap.get(sourceId));
    if (!parsed.success) return sourceId;
    const marked = parsed.data.authoritativeId;
    return marked === sourceId || this.workspace.document(marked)?.translationOf === sourceId ? marked : sourceId;
  }

  setAuthoritative(sourceId: string, documentId: string, author: Author, now: Date): void {
    this.familyMap.set(sourceId, TranslationFamilySchema.parse({ authoritativeId: documentId, setAt: now.toISOString(), setBy: author }));
  }

  /** Creates the translation document, empty, linked to its source; its clauses are then translated one by one. */
  addTranslation(source: DocumentMeta, options: { id: string; title: string; language: string; author: Author; now: Date }): DocumentMeta {
    return this.workspace.createDocument({ ...options, type: source.type, translationOf: source.id });
  }

  /**
   * Writes the translation of the source clause at `sourceIndex` as a new block of the translation,
   * aligned with it. `sourceDigest` is the digest of the source text the translator saw.
   */
  translateClause(translation: DocumentMeta, options: { id: string; sourceIndex: number; sourceDigest: string; text: string; author: Author; now: Date }): ClauseAlignment {
    const sourceBody = this.sourceBody(translation);
    const body = this.workspace.body(translation.id);
    const source = sourceBody.get(options.sourceIndex);
    if (!(source instanceof Y.XmlElement || source instanceof Y.XmlText)) throw new Error(`No clause ${options.sourceIndex} in the source`);
    let alignment: ClauseAlignment | undefined;
    this.ydoc.transact(() => {
      const at = insertionIndex(alignedRows(sourceBody, body, this.alignments(translation.id).valid), options.sourceIndex);
      const block = clauseLike(source);
      body.insert(at, [block]);
      writeClauseText(block, options.text);
      alignment = ClauseAlignmentSchema.parse({
        id: options.id,
        translationId: translation.id,
        clause: clauseAnchor(body, at),
        source: clauseAnchor(sourceBody, options.sourceIndex),
        sourceDigest: options.sourceDigest,
        confirmedAt: options.now.toISOString(),
        confirmedBy: options.author,
      });
      this.alignmentMap.set(alignment.id, alignment);
    });
    if (!alignment) throw new Error('The clause was not translated');
    return alignment;
  }

  /** Revises a translated clause's text; whether it is up to date is a separate, explicit act. */
  reviseClause(translation: DocumentMeta, alignment: ClauseAlignment, text: string): boolean {
    const body = this.workspace.body(translation.id);
    const index = resolveClauseAnchor(body, alignment.clause);
    const block = index === undefined ? undefined : body.get(index);
    if (!(block instanceof Y.XmlElement || block instanceof Y.XmlText)) return false;
    writeClauseText(block, text);
    return true;
  }

  /** Records that the translated clause matches the source text whose digest the translator confirmed. */
  markUpToDate(alignment: ClauseAlignment, sourceDigest: string, author: Author, now: Date): void {
    this.alignmentMap.set(alignment.id, ClauseAlignmentSchema.parse({ ...alignment, sourceDigest, confirmedAt: now.toISOString(), confirmedBy: author }));
  }

  sourceBody(translation: DocumentMeta): Y.XmlFragment {
    if (translation.translationOf === undefined) throw new Error(`${translation.id} is not a translation`);
    return this.workspace.body(translation.translationOf);
  }

  /** Calls back after any change to alignments or families; returns the unsubscribe. */
  observe(callback: () => void): () => void {
    const maps = [this.alignmentMap, this.familyMap];
    maps.forEach((map) => map.observe(callback));
    return () => maps.forEach((map) => map.unobserve(callback));
  }
}
