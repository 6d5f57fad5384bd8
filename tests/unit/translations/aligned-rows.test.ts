import fc from 'fast-check';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { alignedRows } from '../../../shared/translations/aligned-rows';
import { clauseDigest, clausesOf, clauseText } from '../../../shared/translations/clauses';
import { TranslationsDoc } from '../../../shared/translations/translations-doc';
import { WorkspaceDoc } from '../../../shared/workspace-doc/workspace-doc';

const amara = { memberId: 'amara', name: 'Amara Velde' };
const now = new Date('2026-12-02T08:00:00Z');

function charterWithTranslation(ydoc = new Y.Doc()) {
  const workspace = new WorkspaceDoc(ydoc);
  const translations = new TranslationsDoc(workspace);
  const source = workspace.createDocument({ id: 'charter', title: 'Charter', type: 'charter', author: amara, now, language: 'en' });
  const french = translations.addTranslation(source, { id: 'charte', title: 'Charte', language: 'fr', author: amara, now });
  return { ydoc, workspace, translations, source, french, sourceBody: workspace.body('charter'), frenchBody: workspace.body('charte') };
}

function translateAll(setup: ReturnType<typeof charterWithTranslation>, every = 1): void {
  const clauses = clausesOf(setup.sourceBody);
  clauses.forEach((clause, at) => {
    if (at % every !== 0) return;
    // Indices move as blocks are added to the translation only, so the source's stay valid.
    setup.translations.translateClause(setup.french, { id: `a${at}`, sourceIndex: clause.index, sourceDigest: clauseDigest(clause.text), text: `FR ${clause.text}`, author: amara, now });
  });
}

function textOf(block: unknown): Y.XmlText | undefined {
  if (block instanceof Y.XmlText) return block;
  if (!(block instanceof Y.XmlElement)) return undefined;
  for (const child of block.toArray()) {
    const found = textOf(child);
    if (found) return found;
  }
  return undefined;
}

describe('a translation aligned clause by clause', () => {
  it('starts empty, takes each translated clause in the source order, and reads its rows back', () => {
    const setup = charterWithTranslation();
    expect(setup.frenchBody.length).toBe(0);
    const clauses = clausesOf(setup.sourceBody);
    const [first, second, third] = clauses;
    if (!first || !second || !third) throw new Error('template too short');
    // Translated out of order: the third first, then the first; each lands where the source has it.
    setup.translations.translateClause(setup.french, { id: 'x3', sourceIndex: third.index, sourceDigest: clauseDigest(third.text), text: 'Adhésion', author: amara, now });
    setup.translations.translateClause(setup.french, { id: 'x1', sourceIndex: first.index, sourceDigest: clauseDigest(first.text), text: 'Charte', author: amara, now });
    expect(setup.frenchBody.toArray().map((block) => clauseText(block as Y.XmlElement))).toEqual(['Charte', 'Adhésion']);
    expect((setup.frenchBody.get(0) as Y.XmlElement).nodeName).toBe('heading');
    const rows = alignedRows(setup.sourceBody, setup.frenchBody, setup.translations.alignments('charte').valid);
    expect(rows.map((row) => row.state).slice(0, 4)).toEqual(['current', 'untranslated', 'current', 'untranslated']);
    expect(rows.length).toBe(clauses.length);
    expect(rows[2]?.translation?.text).toBe('Adhésion');
  });

  it('flags the one changed clause, keeps the flag through revision, and clears it when marked up to date', () => {
    const setup = charterWithTranslation();
    translateAll(setup);
    const changed = clausesOf(setup.sourceBody)[4];
    if (!changed) throw new Error('template too short');
    textOf(changed.node)?.insert(0, 'Amended: ');
    let rows = alignedRows(setup.sourceBody, setup.frenchBody, setup.translations.alignments('charte').valid);
    expect(rows.filter((row) => row.state === 'stale').map((row) => row.source?.index)).toEqual([changed.index]);
    const stale = rows.find((row) => row.state === 'stale');
    if (!stale?.alignment || !stale.sourceDigest) throw new Error('no stale row');
    expect(setup.translations.reviseClause(setup.french, stale.alignment, 'Modifié : FR')).toBe(true);
    rows = alignedRows(setup.sourceBody, setup.frenchBody, setup.translations.alignments('charte').valid);
    expect(rows.find((row) => row.alignment?.id === stale.alignment?.id)).toMatchObject({ state: 'stale', translation: { text: 'Modifié : FR' } });
    setup.translations.markUpToDate(stale.alignment, stale.sourceDigest, amara, now);
    rows = alignedRows(setup.sourceBody, setup.frenchBody, setup.translations.alignments('charte').valid);
    expect(rows.every((row) => row.state === 'current')).toBe(true);
  });

  it('says so when the source clause was removed, and keeps its translation in place', () => {
    const setup = charterWithTranslation();
    translateAll(setup);
    const removed = clausesOf(setup.sourceBody)[2];
    if (!removed) throw new Error('template too short');
    setup.sourceBody.delete(removed.index, 1);
    const rows = alignedRows(setup.sourceBody, setup.frenchBody, setup.translations.alignments('charte').valid);
    expect(rows.map((row) => row.state).slice(0, 4)).toEqual(['current', 'current', 'source-removed', 'current']);
    expect(rows[2]?.translation?.text).toBe(`FR ${removed.text}`);
  });

  it('writes list and quote clauses one item per line, keeping the list', () => {
    const setup = charterWithTranslation();
    const list = clausesOf(setup.sourceBody).find((clause) => clause.kind === 'bulletList');
    if (!list) throw new Error('no list in the template');
    const alignment = setup.translations.translateClause(setup.french, { id: 'l', sourceIndex: list.index, sourceDigest: clauseDigest(list.text), text: 'Membres\n\nObservateurs', author: amara, now });
    const block = setup.frenchBody.get(0) as Y.XmlElement;
    expect(block.nodeName).toBe('bulletList');
    expect(block.length).toBe(2);
    setup.translations.reviseClause(setup.french, alignment, 'Membres de plein droit\nObservateurs\nInvités');
    expect(clauseText(block)).toBe('Membres de plein droit\nObservateurs\nInvités');
    expect(setup.frenchBody.get(0)).toBe(block);
  });

  it('ignores an alignment a peer wrote badly, and one whose translated block was deleted', () => {
    const setup = charterWithTranslation();
    translateAll(setup);
    setup.ydoc.getMap('clauseAlignments').set('junk', { id: 'junk', translationId: 'charte', clause: 5 });
    expect(setup.translations.alignments('charte').invalid).toEqual(['junk']);
    setup.frenchBody.delete(0, 1);
    const rows = alignedRows(setup.sourceBody, setup.frenchBody, setup.translations.alignments('charte').valid);
    expect(rows[0]?.state).toBe('untranslated');
  });

  it('has one authoritative document per family: the source unless another member of the family is marked', () => {
    const setup = charterWithTranslation();
    expect(setup.translations.authoritativeId('charter')).toBe('charter');
    setup.translations.setAuthoritative('charter', 'charte', amara, now);
    expect(setup.translations.authoritativeId('charter')).toBe('charte');
    // A record naming a document outside the family counts for nothing.
    setup.workspace.createDocument({ id: 'other', title: 'Other', type: 'blank', author: amara, now });
    setup.translations.setAuthoritative('charter', 'other', amara, now);
    expect(setup.translations.authoritativeId('charter')).toBe('charter');
    expect(setup.translations.translationsOf('charter').map((meta) => meta.id)).toEqual(['charte']);
  });
});

type Edit =
  | { kind: 'insertBlock'; replica: 0 | 1; at: number; text: string }
  | { kind: 'deleteBlock'; replica: 0 | 1; at: number }
  | { kind: 'type'; replica: 0 | 1; at: number; offset: number; text: string }
  | { kind: 'erase'; replica: 0 | 1; at: number; offset: number; length: number }
  | { kind: 'translationBlock'; replica: 0 | 1; at: number };

const replica = fc.constantFrom<0 | 1>(0, 1);
const word = fc.string({ minLength: 1, maxLength: 6, unit: fc.constantFrom('a', 'b', 'é', ' ', 'z') });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insertBlock' as const), replica, at: fc.nat(40), text: word }),
  fc.record({ kind: fc.constant('deleteBlock' as const), replica, at: fc.nat(40) }),
  fc.record({ kind: fc.constant('type' as const), replica, at: fc.nat(40), offset: fc.nat(80), text: word }),
  fc.record({ kind: fc.constant('erase' as const), replica, at: fc.nat(40), offset: fc.nat(80), length: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant('translationBlock' as const), replica, at: fc.nat(40) }),
);

function apply(workspace: WorkspaceDoc, step: Edit): void {
  const body = workspace.body('charter');
  const pick = (length: number, at: number) => (length === 0 ? undefined : at % length);
  switch (step.kind) {
    case 'insertBlock': {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(step.text)]);
      body.insert(step.at % (body.length + 1), [paragraph]);
      return;
    }
    case 'deleteBlock': {
      const at = pick(body.length, step.at);
      if (at !== undefined) body.delete(at, 1);
      return;
    }
    case 'type':
    case 'erase': {
      const at = pick(body.length, step.at);
      const text = at === undefined ? undefined : textOf(body.get(at));
      if (!text) return;
      const offset = step.offset % (text.length + 1);
      if (step.kind === 'type') text.insert(offset, step.text);
      else text.delete(offset, Math.min(step.length, text.length - offset));
      return;
    }
    case 'translationBlock': {
      // Edits on the translation's side too: its own blocks move around the translated ones.
      const french = workspace.body('charte');
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText('note')]);
      french.insert(step.at % (french.length + 1), [paragraph]);
      return;
    }
  }
}

const idOf = (node: { _item: Y.Item | null }) => `${node._item?.id.client}:${node._item?.id.clock}`;

describe('alignment under random edits of the source on two replicas', () => {
  it('never flags an unchanged clause, always flags a changed one, and names a removed one', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 30 }), (edits) => {
        const setup = charterWithTranslation();
        translateAll(setup, 2);
        const peer = new WorkspaceDoc(new Y.Doc());
        Y.applyUpdate(peer.ydoc, Y.encodeStateAsUpdate(setup.ydoc));
        // What each translated clause's source and translated blocks were, by their Yjs identity.
        const expected = setup.translations.alignments('charte').valid.map((alignment) => {
          const row = alignedRows(setup.sourceBody, setup.frenchBody, [alignment]).find((candidate) => candidate.alignment === alignment);
          const source = clausesOf(setup.sourceBody).find((clause) => clause.index === row?.source?.index);
          const translated = setup.frenchBody.get(row?.translation?.index ?? -1) as Y.XmlElement;
          if (!source) throw new Error('not aligned');
          return { id: alignment.id, source: idOf(source.node), text: source.text, translated: idOf(translated) };
        });
        for (const step of edits) apply(step.replica === 0 ? setup.workspace : peer, step);
        Y.applyUpdate(peer.ydoc, Y.encodeStateAsUpdate(setup.ydoc));
        Y.applyUpdate(setup.ydoc, Y.encodeStateAsUpdate(peer.ydoc));

        for (const workspace of [setup.workspace, peer]) {
          const sourceBody = workspace.body('charter');
          const frenchBody = workspace.body('charte');
          const rows = alignedRows(sourceBody, frenchBody, new TranslationsDoc(workspace).alignments('charte').valid);
          for (const want of expected) {
            const row = rows.find((candidate) => candidate.alignment?.id === want.id);
            expect(row, `row for ${want.id}`).toBeDefined();
            if (!row?.translation) throw new Error('no translation');
            expect(idOf(frenchBody.get(row.translation.index) as Y.XmlElement)).toBe(want.translated);
            const block = sourceBody.toArray().find((node) => idOf(node as Y.XmlElement) === want.source) as Y.XmlElement | undefined;
            if (!block) expect(row.state).toBe('source-removed');
            else if (clauseText(block) === want.text) expect(row.state).toBe('current');
            else expect(row.state).toBe('stale');
            if (block && row.source) expect(sourceBody.get(row.source.index)).toBe(block);
          }
          // Text the translation has of its own is shown too, never hidden or taken for a translated clause.
          const notes = frenchBody.toArray().filter((node) => clauseText(node as Y.XmlElement) === 'note').length;
          expect(rows.filter((row) => row.state === 'unaligned').map((row) => row.translation?.text)).toEqual(Array.from({ length: notes }, () => 'note'));
        }
      }),
      { numRuns: 200 },
    );
  });
});
