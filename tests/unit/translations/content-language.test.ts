import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { renderDocumentHtml } from '../../../shared/dissent/document-html';
import { renderDocumentMarkdown } from '../../../shared/dissent/document-markdown';
import { DocumentMetaSchema } from '../../../shared/documents/document-meta';
import { canonicalLanguage, languageDirection, languageName, LanguageTagSchema, OFFERED_LANGUAGES } from '../../../shared/translations/content-language';
import { WorkspaceDoc } from '../../../shared/workspace-doc/workspace-doc';

const amara = { memberId: 'amara', name: 'Amara Velde' };
const now = new Date('2026-12-02T08:00:00Z');

describe('a document’s content language', () => {
  it('is a canonical BCP 47 tag: any well-formed tag, not only the offered ones', () => {
    expect(canonicalLanguage('EN-gb')).toBe('en-GB');
    expect(canonicalLanguage('zh-hant-tw')).toBe('zh-Hant-TW');
    expect(canonicalLanguage('gsw')).toBe('gsw');
    expect(canonicalLanguage('not a tag')).toBeUndefined();
    expect(canonicalLanguage('')).toBeUndefined();
    expect(LanguageTagSchema.safeParse('en_US').success).toBe(false);
    expect(LanguageTagSchema.safeParse('en_US').error?.issues[0]?.message).toBe('errors.invalidLanguage');
  });

  it('offers the six UN languages first, each named in itself', () => {
    expect(OFFERED_LANGUAGES.slice(0, 6)).toEqual(['ar', 'zh', 'en', 'fr', 'ru', 'es']);
    expect(languageName('fr')).toBe('Français');
    expect(languageName('ar')).toBe('العربية');
    expect(languageName('fr', 'en')).toBe('French');
  });

  it('gives the writing direction from the script', () => {
    for (const tag of ['ar', 'he', 'fa', 'ur', 'yi', 'dv', 'az-Arab']) expect(languageDirection(tag), tag).toBe('rtl');
    for (const tag of ['en', 'fr', 'zh', 'ru', 'az', 'sw']) expect(languageDirection(tag), tag).toBe('ltr');
  });

  it('is optional: documents made before it stay valid, and a set language is stored canonical', () => {
    const workspace = new WorkspaceDoc(new Y.Doc());
    const old = { id: 'd0', title: 'Charter', type: 'charter', status: 'draft', createdAt: now.toISOString(), updatedAt: now.toISOString(), updatedBy: amara };
    workspace.ydoc.getMap('documents').set('d0', old);
    expect(workspace.document('d0')?.language).toBeUndefined();
    const meta = workspace.createDocument({ id: 'd1', title: 'Charte', type: 'charter', author: amara, now, language: 'FR-ca' });
    expect(meta.language).toBe('fr-CA');
    expect(workspace.updateDocument('d1', { language: 'ar' }, amara, now).language).toBe('ar');
    expect(workspace.updateDocument('d1', { language: undefined }, amara, now).language).toBeUndefined();
    expect(Object.keys(workspace.ydoc.getMap('documents').get('d1') as object)).not.toContain('language');
    expect(DocumentMetaSchema.safeParse({ ...old, language: 'nonsense tag' }).success).toBe(false);
  });
});

describe('exports in the document’s language', () => {
  const exportOf = (language: string | undefined) => {
    const workspace = new WorkspaceDoc(new Y.Doc());
    workspace.createDocument({ id: 'd1', title: 'Charte', type: 'charter', author: amara, now });
    return { documentId: 'd1', title: 'Charte', body: workspace.body('d1'), language, views: [], endorsements: [], members: [] };
  };

  it('HTML carries lang and dir on the root element', () => {
    expect(renderDocumentHtml(exportOf('fr'))).toContain('<html lang="fr" dir="ltr">');
    expect(renderDocumentHtml(exportOf('ar'))).toContain('<html lang="ar" dir="rtl">');
    expect(renderDocumentHtml(exportOf(undefined))).toContain('<html>\n');
    // A peer-written value is checked again before it reaches markup.
    expect(renderDocumentHtml(exportOf('"><script>'))).toContain('<html>\n');
  });

  it('Markdown is unchanged: it has no front matter to carry a language in', () => {
    expect(renderDocumentMarkdown(exportOf('fr'))).toBe(renderDocumentMarkdown(exportOf(undefined)));
  });
});
