import fc from 'fast-check';
import * as Y from 'yjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentHtmlFile, renderDocumentHtml } from '../../../shared/dissent/document-html';
import { documentDocx } from '../../../shared/dissent/document-docx';
import { documentExportModel } from '../../../shared/dissent/export-model';
import { readDocx } from './docx-reader';
import { escapeHtml } from '../../../shared/html-escape';
import { documentMarkdownFile, renderDocumentMarkdown } from '../../../shared/dissent/document-markdown';
import { prepareCosign, prepareDissent } from '../../../shared/dissent/dissent';
import { projectDissents, type DissentView } from '../../../shared/dissent/dissent-view';
import { prepareEndorsement, projectEndorsements, type EndorsementView } from '../../../shared/dissent/endorsement';
import type { DocumentExport } from '../../../shared/dissent/export-annex';
import { writeBlocks } from '../../../shared/documents/document-blocks';
import { templateBlocks } from '../../../shared/documents/templates';
import { createTextAnchor } from '../../../shared/proposals/passage-anchor';
import { Ledger, people } from './dissent-fixtures';

function body(): { fragment: Y.XmlFragment; passage: Y.XmlText } {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment('body:charter');
  writeBlocks(fragment, [
    { kind: 'heading', level: 2, text: 'Membership' },
    { kind: 'paragraph', text: 'Members join by writing to the list.' },
    { kind: 'bulletList', items: ['Civil society', 'Academia'] },
    { kind: 'blockquote', text: 'Nothing about us without us.' },
  ]);
  const paragraph = new Y.XmlElement('paragraph');
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  fragment.insert(fragment.length, [paragraph]);
  text.insert(0, 'See ');
  text.insert(4, 'the charter', { link: { href: 'https://example.org/charter' }, bold: {} });
  text.insert(text.length, ' and ', {});
  text.insert(text.length, 'this', { 'italic--abc123': {}, link: { href: 'javascript:alert(1)' } });
  const passage = ((fragment.get(1) as Y.XmlElement).get(0) as Y.XmlText);
  return { fragment, passage };
}

const ledger = new Ledger();
let views: DissentView[];
let endorsements: EndorsementView[];
let fragment: Y.XmlFragment;

beforeAll(async () => {
  await ledger.init();
  const built = body();
  fragment = built.fragment;
  await ledger.add(
    prepareDissent(
      { viewKind: 'minority', target: { kind: 'passage', documentId: 'charter', anchor: createTextAnchor(built.passage, 0, 7) }, title: 'Open membership', text: 'Membership should need no *approval* <b>at all</b>.' },
      ledger.context('lars'),
    ),
  );
  const first = projectDissents(await ledger.verified()).views[0];
  if (!first) throw new Error('no view');
  await ledger.add(prepareCosign(first, ledger.context('priya')));
  await ledger.add(prepareCosign(first, ledger.context('tomo')));
  await ledger.add(prepareEndorsement({ endorser: { kind: 'coalition', coalitionName: 'Coalition on Quiet Networks', representativeName: 'Odile Marchetti' }, endorsedOn: '2026-07-02' }, { ...ledger.context('imani'), documentId: 'charter' }));
  const verified = await ledger.verified();
  views = projectDissents(verified).views;
  endorsements = projectEndorsements(verified).endorsements;
});

const input = (): DocumentExport => ({ documentId: 'charter', title: 'Charter & terms', body: fragment, views, endorsements, members: people });

describe('Markdown export', () => {
  it('converts the body and always appends the annex with author, co-signers and endorsements', () => {
    const markdown = renderDocumentMarkdown(input());
    expect(markdown).toMatch(/^# Charter & terms\n\n## Membership\n/);
    expect(markdown).toContain('- Civil society');
    expect(markdown).toContain('> Nothing about us without us.');
    expect(markdown).toContain('See [**the charter**](https://example.org/charter) and *this*');
    expect(markdown).not.toContain('javascript:');
    const annex = markdown.slice(markdown.indexOf('## Minority and dissenting views'));
    expect(annex).toContain('### Minority view: Open membership');
    expect(annex).toContain('On the passage: “Members”');
    expect(annex).toContain('Membership should need no \\*approval\\* \\<b\\>at all\\</b\\>.');
    expect(annex).toContain('- Author: Lars Tiemann');
    expect(annex).toContain('- Co-signed by: Priya Halvorsen, Tomo \\<script\\>alert(1)\\</script\\> Vance');
    expect(annex).toContain('## Endorsements');
    expect(annex).toContain('- Coalition on Quiet Networks, represented by Odile Marchetti (2026-07-02)');
  });

  it('keeps the annex when there are no views, in the labels given', () => {
    const markdown = renderDocumentMarkdown({ ...input(), views: [], endorsements: [] }, { annexHeading: 'Opiniones minoritarias y disidentes' });
    expect(markdown).toContain('## Opiniones minoritarias y disidentes\n\nNo minority or dissenting views were recorded.');
    expect(markdown).toContain('No endorsements were recorded.');
  });
});

describe('HTML export', () => {
  it('escapes every piece of user text and keeps only safe links', () => {
    const html = renderDocumentHtml(input());
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('<h1>Charter &amp; terms</h1>');
    expect(html).toContain('<a href="https://example.org/charter"><strong>the charter</strong></a>');
    expect(html).toContain('<em>this</em>');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<ul><li><p>Civil society</p></li><li><p>Academia</p></li></ul>');
    expect(html).toContain('<section id="minority-and-dissenting-views">\n<h2>Minority and dissenting views</h2>');
    expect(html).toContain('<dd class="co-signers">Priya Halvorsen, Tomo &lt;script&gt;alert(1)&lt;/script&gt; Vance</dd>');
    expect(html).toContain('Coalition on Quiet Networks, represented by Odile Marchetti');
  });

  it('shows the passage, and its quote once the passage text is deleted', () => {
    const passage = (fragment.get(1) as Y.XmlElement).get(0) as Y.XmlText;
    expect(renderDocumentHtml(input())).toContain('On the passage: <q>Members</q>');
    passage.delete(0, 8);
    expect(renderDocumentHtml(input())).toContain('On the passage: <q>Members</q>');
    expect(renderDocumentMarkdown(input())).toContain('On the passage: “Members”');
  });
});

describe('Markdown export of a document made from a template (issue 12)', () => {
  const headings = (markdown: string) => markdown.split('\n').filter((line) => /^#{1,6} /.test(line));
  const charter = (title: string): DocumentExport => {
    const doc = new Y.Doc();
    const charterBody = doc.getXmlFragment('body:charter');
    writeBlocks(charterBody, [...templateBlocks('charter'), { kind: 'heading', level: 3, text: 'Notice periods' }]);
    return { documentId: 'charter', title, body: charterBody, views: [], endorsements: [], members: people };
  };

  it('prints the title once, and every body heading at the level its authors gave it', () => {
    const markdown = renderDocumentMarkdown(charter('Charter'));
    expect(headings(markdown).slice(0, 4)).toEqual(['# Charter', '## Mission and goals', '## Membership', '## Roles and responsibilities']);
    expect(headings(markdown).filter((line) => line.endsWith(' Charter'))).toEqual(['# Charter']);
    expect(headings(markdown)).toContain('### Notice periods');
    expect(headings(markdown).slice(-2)).toEqual(['## Minority and dissenting views', '## Endorsements']);
  });

  it('keeps an opening heading that is not the title', () => {
    expect(headings(renderDocumentMarkdown(charter('Charter of the Coalition on Quiet Networks'))).slice(0, 3)).toEqual([
      '# Charter of the Coalition on Quiet Networks',
      '# Charter',
      '## Mission and goals',
    ]);
  });
});

describe('every export carries the annex', () => {
  it('whatever the views, co-signers and labels contain', () => {
    const template = views[0];
    if (!template) throw new Error('no view');
    const text = fc.string({ minLength: 1, maxLength: 30 }).filter((value) => value.trim() !== '');
    fc.assert(
      fc.property(fc.array(fc.record({ text, title: fc.string({ maxLength: 20 }), signer: text }), { maxLength: 4 }), text, (specs, heading) => {
        const members = [...people];
        const generated: DissentView[] = specs.map((spec, index) => {
          members.push({ ...people[0]!, id: `signer-${index}`, name: spec.signer });
          return { ...template, id: `v${index}`, text: spec.text, title: spec.title, coSigners: [{ memberId: `signer-${index}`, at: template.createdAt, entryId: `c${index}` }], coSignerIds: [`signer-${index}`] };
        });
        const exportInput = { ...input(), views: generated, members };
        const html = renderDocumentHtml(exportInput, { annexHeading: heading });
        const markdown = renderDocumentMarkdown(exportInput, { annexHeading: heading });
        expect(html).toContain(`<h2>${escapeHtml(heading)}</h2>`);
        expect(markdown).toContain('## ');
        expect(html.match(/<article class="view">/g)?.length ?? 0).toBe(specs.length);
        expect(markdown.match(/^### /gm)?.length ?? 0).toBe(specs.length);
        for (const spec of specs) expect(html).toContain(escapeHtml(spec.signer));
        expect(html).not.toMatch(/<(?!!doctype html>|\/?(?:html|head|meta|title|style|body|main|h\d|p|ul|ol|li|blockquote|pre|code|hr|strong|em|a|br|q|section|article|dl|dt|dd|time)\b)/);
      }),
    );
  });
});

describe('HTML export of a document made from a template', () => {
  it('prints the title once as the only h1, and body headings at their own level', () => {
    const doc = new Y.Doc();
    const charterBody = doc.getXmlFragment('body:charter');
    writeBlocks(charterBody, [...templateBlocks('charter'), { kind: 'heading', level: 3, text: 'Notice periods' }]);
    const html = renderDocumentHtml({ documentId: 'charter', title: 'Charter', body: charterBody, views: [], endorsements: [], members: people });
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toContain('<h1>Charter</h1>\n<h2>Mission and goals</h2>');
    expect(html).toContain('<h3>Notice periods</h3>');
    expect(html).toContain('<style>@page');
  });
});

describe('the record of the document', () => {
  const record = {
    status: 'Adopted',
    updatedOn: '2026-07-03',
    updatedBy: 'Imani <i>Okonkwo</i>',
    decisions: [{ proposalTitle: 'Open the list', outcome: 'Adopted', status: 'Final', decidedOn: '2026-07-02', summary: 'Adopted at the *July* call.' }],
  };

  it('follows the annex in HTML and Markdown, escaped like every other piece of user text', () => {
    const html = renderDocumentHtml({ ...input(), record });
    expect(html.indexOf('<section id="document-record">')).toBeGreaterThan(html.indexOf('<section id="endorsements">'));
    expect(html).toContain('<dt>Status</dt><dd>Adopted</dd><dt>Last updated</dt><dd>2026-07-03, Imani &lt;i&gt;Okonkwo&lt;/i&gt;</dd>');
    expect(html).toContain('<li><strong>Open the list</strong>: Adopted (Final), Decided on <time>2026-07-02</time><p>Adopted at the *July* call.</p></li>');
    const markdown = renderDocumentMarkdown({ ...input(), record });
    expect(markdown).toContain('## Record of this document\n\n- Status: Adopted\n- Last updated: 2026-07-03, Imani \\<i\\>Okonkwo\\</i\\>');
    expect(markdown).toContain('- **Open the list**: Adopted (Final), Decided on 2026-07-02\\\n  Adopted at the \\*July\\* call.');
  });

  it('is left out when the caller has none, while the annex stays', () => {
    const model = documentExportModel(input());
    expect(model.record).toBeUndefined();
    expect(renderDocumentHtml(input())).not.toContain('<section id="document-record">');
    expect(renderDocumentMarkdown(input())).toContain('## Minority and dissenting views');
  });
});

describe('one model for every format', () => {
  it('gives Markdown, HTML and Word the same annex, whatever the views say', async () => {
    const template = views[0];
    if (!template) throw new Error('no view');
    const text = fc.string({ minLength: 1, maxLength: 30 }).filter((value) => value.trim() !== '' && !value.includes('\n'));
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 3 }), async (texts) => {
        const generated: DissentView[] = texts.map((viewText, index) => ({ ...template, id: `v${index}`, text: viewText, title: '' }));
        const model = documentExportModel({ ...input(), views: generated });
        expect(model.annex.items.map((item) => item.text)).toEqual(texts);
        const word = await readDocx(documentDocx(model));
        const annex = word.text.slice(word.text.indexOf('Minority and dissenting views'));
        for (const viewText of texts) expect(annex).toContain(viewText.trim());
        expect(word.html.match(/<h3>Minority view<\/h3>/g)?.length ?? 0).toBe(texts.length);
        expect(documentHtmlFile(model).match(/<article class="view">/g)?.length ?? 0).toBe(texts.length);
        expect(documentMarkdownFile(model).match(/^### Minority view$/gm)?.length ?? 0).toBe(texts.length);
      }),
      { numRuns: 8 },
    );
  });
});

describe('a body with level-1 headings of its own (a translation whose first clause is not its title)', () => {
  const translation = (): DocumentExport => {
    const doc = new Y.Doc();
    const translationBody = doc.getXmlFragment('body:charte');
    writeBlocks(translationBody, [
      { kind: 'heading', level: 1, text: 'Charte' },
      { kind: 'heading', level: 2, text: 'Mission et objectifs' },
    ]);
    return { documentId: 'charte', title: 'Charte de la coalition', body: translationBody, language: 'fr', views: [], endorsements: [], members: people };
  };

  it('keeps the title the only h1 in HTML and Word, and the authors’ levels in Markdown', async () => {
    const html = renderDocumentHtml(translation());
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toContain('<h2>Charte</h2>\n<h3>Mission et objectifs</h3>');
    const word = await readDocx(documentDocx(documentExportModel(translation())));
    expect(word.html).toMatch(/^<h1>Charte de la coalition<\/h1><h2>Charte<\/h2><h3>Mission et objectifs<\/h3>/);
    expect(renderDocumentMarkdown(translation())).toMatch(/^# Charte de la coalition\n\n# Charte\n\n## Mission et objectifs\n/);
  });
});
