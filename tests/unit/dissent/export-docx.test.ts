import * as Y from 'yjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareCosign, prepareDissent } from '../../../shared/dissent/dissent';
import { projectDissents, type DissentView } from '../../../shared/dissent/dissent-view';
import { documentDocx } from '../../../shared/dissent/document-docx';
import { prepareEndorsement, projectEndorsements, type EndorsementView } from '../../../shared/dissent/endorsement';
import type { DocumentExport } from '../../../shared/dissent/export-annex';
import { documentExportModel } from '../../../shared/dissent/export-model';
import { createTextAnchor } from '../../../shared/proposals/passage-anchor';
import { Ledger, people } from './dissent-fixtures';
import { readDocx } from './docx-reader';

function element(name: string, children: (Y.XmlElement | Y.XmlText)[], attributes: Record<string, string> = {}): Y.XmlElement {
  const node = new Y.XmlElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.insert(0, children);
  return node;
}

/** Text with marks is only writable once in a document, so it is filled in after insertion. */
function paragraphWith(fragment: Y.XmlFragment, fill: (text: Y.XmlText) => void, wrap: (paragraph: Y.XmlElement) => Y.XmlElement = (p) => p): Y.XmlText {
  const text = new Y.XmlText();
  const paragraph = element('paragraph', [text]);
  fragment.insert(fragment.length, [wrap(paragraph)]);
  fill(text);
  return text;
}

function charterBody(): { fragment: Y.XmlFragment; passage: Y.XmlText } {
  const fragment = new Y.Doc().getXmlFragment('body:charter');
  const plain = (value: string) => {
    const text = new Y.XmlText();
    text.insert(0, value);
    return text;
  };
  const item = (value: string) => element('listItem', [element('paragraph', [plain(value)])]);
  fragment.insert(0, [
    element('heading', [plain('Quiet Networks charter')], { level: '1' }),
    element('heading', [plain('Membership')], { level: '2' }),
  ]);
  const passage = paragraphWith(fragment, (text) => text.insert(0, 'Members join by writing to the list.'));
  fragment.insert(fragment.length, [
    element('bulletList', [item('Civil society'), item('Academia')]),
    element('heading', [plain('Steps to join')], { level: '3' }),
    element('orderedList', [item('Write to the coordinators'), item('Attend one call')]),
    element('blockquote', [element('paragraph', [plain('Nothing about us without us.')])]),
  ]);
  paragraphWith(fragment, (text) => {
    text.insert(0, 'Read ', {});
    text.insert(5, 'the charter', { link: { href: 'https://example.org/charter' } });
    text.insert(text.length, ', kept ', {});
    text.insert(text.length, 'strictly', { bold: {} });
    text.insert(text.length, ' and ', {});
    text.insert(text.length, 'openly', { 'italic--x1': {} });
    text.insert(text.length, ' (not ', {});
    text.insert(text.length, 'this', { link: { href: 'javascript:alert(1)' } });
    text.insert(text.length, ').', {});
  });
  return { fragment, passage };
}

const ledger = new Ledger();
let views: DissentView[];
let endorsements: EndorsementView[];
let built: ReturnType<typeof charterBody>;

beforeAll(async () => {
  await ledger.init();
  built = charterBody();
  await ledger.add(
    prepareDissent(
      { viewKind: 'minority', target: { kind: 'passage', documentId: 'charter', anchor: createTextAnchor(built.passage, 0, 7) }, title: 'Open membership', text: 'Membership should need no approval.\n\nAnyone may join.' },
      ledger.context('lars'),
    ),
  );
  await ledger.add(prepareDissent({ viewKind: 'dissenting', target: { kind: 'document', documentId: 'charter' }, title: '', text: 'The charter gives observers too little voice.' }, ledger.context('priya')));
  const first = projectDissents(await ledger.verified()).views[0];
  if (!first) throw new Error('no view');
  await ledger.add(prepareCosign(first, ledger.context('tomo')));
  await ledger.add(prepareEndorsement({ endorser: { kind: 'coalition', coalitionName: 'Coalition on Quiet Networks', representativeName: 'Odile Marchetti' }, endorsedOn: '2026-07-02' }, { ...ledger.context('imani'), documentId: 'charter' }));
  const verified = await ledger.verified();
  views = projectDissents(verified).views;
  endorsements = projectEndorsements(verified).endorsements;
});

const input = (extra: Partial<DocumentExport> = {}): DocumentExport => ({
  documentId: 'charter',
  title: 'Quiet Networks charter',
  body: built.fragment,
  views,
  endorsements,
  members: people,
  ...extra,
});

describe('DOCX export, read back with mammoth', () => {
  it('has the title once as h1, body headings at their level, lists, marks, a safe link and the quote', async () => {
    const { html, text } = await readDocx(documentDocx(documentExportModel(input())));
    expect(html.match(/<h1>Quiet Networks charter<\/h1>/g)).toHaveLength(1);
    expect(html).toContain('<h2>Membership</h2>');
    expect(html).toContain('<h3>Steps to join</h3>');
    expect(html).toContain('<ul><li>Civil society</li><li>Academia</li></ul>');
    expect(html).toContain('<ol><li>Write to the coordinators</li><li>Attend one call</li></ol>');
    expect(html).toContain('<blockquote><p>Nothing about us without us.</p></blockquote>');
    expect(html).toContain('<a href="https://example.org/charter">the charter</a>');
    expect(html).toContain('<strong>strictly</strong>');
    expect(html).toContain('<em>openly</em>');
    expect(html).not.toContain('javascript:');
    expect(text).toContain('(not this).');
  });

  it('always carries the annex: every view with its author, text and co-signers, then the endorsements', async () => {
    const { html, text } = await readDocx(documentDocx(documentExportModel(input())));
    const annex = text.slice(text.indexOf('Minority and dissenting views'));
    expect(html).toContain('<h2>Minority and dissenting views</h2>');
    expect(html).toContain('<h3>Minority view: Open membership</h3>');
    expect(html).toContain('<h3>Dissenting view</h3>');
    expect(annex).toContain('On the passage: “Members”');
    expect(annex).toContain('Membership should need no approval.');
    expect(annex).toContain('Anyone may join.');
    expect(annex).toContain('Author: Lars Tiemann');
    expect(annex).toContain('Co-signed by: Tomo <script>alert(1)</script> Vance');
    expect(annex).toContain('The charter gives observers too little voice.');
    expect(annex).toContain('Author: Priya Halvorsen');
    expect(html).toContain('<h2>Endorsements</h2>');
    expect(annex).toContain('Coalition on Quiet Networks, represented by Odile Marchetti (2026-07-02)');
    // A peer's name is text in the file, never markup a reader would run.
    expect(html).toContain('Tomo &lt;script&gt;alert(1)&lt;/script&gt; Vance');
  });

  it('keeps the annex heading when nothing was recorded, in the labels given', async () => {
    const { html, text } = await readDocx(documentDocx(documentExportModel(input({ views: [], endorsements: [] }), { annexHeading: 'Opinions minoritaires et dissidentes' })));
    expect(html).toContain('<h2>Opinions minoritaires et dissidentes</h2>');
    expect(text).toContain('No minority or dissenting views were recorded.');
    expect(text).toContain('No endorsements were recorded.');
  });

  it('prints the record: status, last update and the decisions on the document', async () => {
    const record = {
      status: 'Adopted',
      updatedOn: '2026-07-03',
      updatedBy: 'Imani Okonkwo-Reyes',
      decisions: [{ proposalTitle: 'Open the list to observers', outcome: 'Adopted with objections noted', status: 'Final', decidedOn: '2026-07-02', summary: 'Adopted at the July call.' }],
    };
    const { html, text } = await readDocx(documentDocx(documentExportModel(input({ record }))));
    expect(html).toContain('<h2>Record of this document</h2>');
    expect(text).toContain('Status: Adopted');
    expect(text).toContain('Last updated: 2026-07-03, Imani Okonkwo-Reyes');
    expect(text).toContain('Open the list to observers');
    expect(text).toContain('Adopted with objections noted: Final — Decided on 2026-07-02');
  });

  it('declares the document language (decision 0029), right to left for Arabic', async () => {
    const french = await readDocx(documentDocx(documentExportModel(input({ language: 'fr' }))));
    expect(french.part('word/styles.xml')).toMatch(/<w:lang w:val="fr"\/>/);
    const arabic = await readDocx(documentDocx(documentExportModel(input({ language: 'ar' }))));
    expect(arabic.part('word/styles.xml')).toMatch(/<w:lang w:val="ar" w:bidi="ar"\/>/);
    expect(arabic.part('word/document.xml')).toContain('<w:bidi/>');
    const none = await readDocx(documentDocx(documentExportModel(input())));
    expect(none.part('word/styles.xml')).not.toContain('<w:lang');
  });

  it('stays a file Word opens when a peer wrote characters XML cannot hold', async () => {
    const hostile = views.map((view) => ({ ...view, text: `Keep\uFFFE this\u0001 view\uD800 intact`, title: 'Odd\uFFFF title' }));
    const word = await readDocx(documentDocx(documentExportModel(input({ views: hostile, title: 'Charter <&> "of" \uFFFEall' }))));
    expect(word.text).toContain('Keep this view intact');
    expect(word.html).toContain('<h3>Minority view: Odd title</h3>');
    for (const part of ['word/document.xml', 'docProps/core.xml']) for (const bad of ['\uFFFE', '\uFFFF', '\u0001', '\uD800']) expect(word.part(part)).not.toContain(bad);
    expect(word.part('docProps/core.xml')).toContain('Charter &lt;&amp;&gt; &quot;of&quot; all');
  });
});
