import { DOMParser } from '@xmldom/xmldom';
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { checkDocx, MAX_DOCX_BYTES } from '../../../shared/import/docx-archive';
import { DOCX_STYLE_MAP } from '../../../shared/import/docx-style-map';
import { importHtml, type HtmlNodeLike } from '../../../shared/import/html-import';
import type { ImportedDocument } from '../../../shared/import/imported-content';
import { bothWays } from './editor-schema';

// A 1×1 transparent PNG.
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** A Word file written by an independent writer (the docx library), with everything an import meets. */
async function charterDocx(): Promise<Buffer> {
  const doc = new Document({
    styles: { paragraphStyles: [{ id: 'Quote', name: 'Quote', basedOn: 'Normal', run: { italics: true } }] },
    numbering: { config: [{ reference: 'steps', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: 'left' }] }] },
    footnotes: { 1: { children: [new Paragraph('Adopted at the 2026 annual meeting.')] } },
    comments: { children: [{ id: 0, author: 'Rosa Delgado', date: new Date('2026-03-01T10:00:00Z'), children: [new Paragraph('Check with the chair.')] }] },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Charter of the Coalition on Open Maps' }),
          new Paragraph({
            children: [
              new TextRun('Members decide by '),
              new TextRun({ text: 'consensus', bold: true }),
              new TextRun(' and '),
              new TextRun({ text: 'record', italics: true }),
              new TextRun(' every minority view'),
              new FootnoteReferenceRun(1),
              new TextRun('. See '),
              new ExternalHyperlink({ link: 'https://open-maps.example.org/charter', children: [new TextRun({ text: 'our site', style: 'Hyperlink' })] }),
              new TextRun(' or '),
              new ExternalHyperlink({ link: 'javascript:alert(1)', children: [new TextRun('this')] }),
              new TextRun('.'),
            ],
          }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Membership' }),
          new Paragraph({ text: 'Full members', bullet: { level: 0 } }),
          new Paragraph({ text: 'Observers', bullet: { level: 0 } }),
          new Paragraph({ text: 'Propose', numbering: { reference: 'steps', level: 0 } }),
          new Paragraph({ text: 'Discuss', numbering: { reference: 'steps', level: 0 } }),
          new Paragraph({ style: 'Quote', text: 'The chair states the sense of the meeting.' }),
          new Paragraph({ children: [new CommentRangeStart(0), new TextRun('Terms last two years.'), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] })] }),
          new Paragraph({ children: [new ImageRun({ type: 'png', data: PIXEL, transformation: { width: 10, height: 10 } })] }),
          new Table({
            rows: [
              new TableRow({ children: [new TableCell({ children: [new Paragraph('Region')] }), new TableCell({ children: [new Paragraph('Seats')] })] }),
              new TableRow({ children: [new TableCell({ children: [new Paragraph('Africa')] }), new TableCell({ children: [new Paragraph('3')] })] }),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** The renderer's path, with @xmldom/xmldom standing in for the browser's DOMParser. */
async function importDocx(bytes: Buffer): Promise<{ document: ImportedDocument; notes: string[] }> {
  const check = checkDocx(new Uint8Array(bytes));
  if (!check.ok) throw new Error(check.error);
  const converted = await mammoth.convertToHtml({ buffer: bytes }, { styleMap: DOCX_STYLE_MAP, convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })), externalFileAccess: false });
  const html = new DOMParser().parseFromString(`<body>${converted.value}</body>`, 'text/html');
  const body = html.getElementsByTagName('body')[0] as unknown as HtmlNodeLike;
  const notes = [...new Set(converted.messages.map((message) => message.message))];
  const outcome = importHtml(body, 'charter.docx', notes.length);
  if (!outcome.ok) throw new Error(outcome.error);
  return { document: outcome.document, notes };
}

describe('DOCX import (mammoth on a file written by the docx library)', () => {
  it('keeps headings, lists, bold, italic, links and quotes, and counts the image, table, comment, footnote and unsafe link', async () => {
    const { document } = await importDocx(await charterDocx());
    expect(document.suggestedTitle).toBe('Charter of the Coalition on Open Maps');
    const types = document.blocks.map((block) => block.type);
    expect(types.slice(0, 6)).toEqual(['heading', 'paragraph', 'heading', 'bulletList', 'orderedList', 'blockquote']);
    const json = JSON.stringify(document.blocks);
    expect(json).toContain('{"type":"text","text":"consensus","marks":[{"type":"bold"}]}');
    expect(json).toContain('{"type":"text","text":"record","marks":[{"type":"italic"}]}');
    expect(json).toContain('{"type":"text","text":"our site","marks":[{"type":"link","attrs":{"href":"https://open-maps.example.org/charter"}}]}');
    expect(json).toContain('The chair states the sense of the meeting.');
    expect(json).toContain('Region · Seats');
    expect(json).toContain('Africa · 3');
    expect(json).not.toMatch(/javascript|Adopted at the 2026|Check with the chair/);
    expect(document.blocks[3]).toMatchObject({ type: 'bulletList', content: [{ type: 'listItem' }, { type: 'listItem' }] });
    expect(document.dropped).toMatchObject({ images: 1, tables: 1, comments: 1, footnotes: 1, unsafeLinks: 1 });
    const { ours, editor } = bothWays(document.blocks);
    expect(ours).toEqual(editor);
  });

  it('refuses a file that is not a zip, a zip that is not a Word file, a corrupted zip, and a huge file', async () => {
    expect(checkDocx(strToU8('%PDF-1.7 not a word file'))).toEqual({ ok: false, error: 'errors.importNotDocx' });
    expect(checkDocx(new Uint8Array())).toEqual({ ok: false, error: 'errors.importEmpty' });
    expect(checkDocx(zipSync({ 'notes.txt': strToU8('hello') }))).toEqual({ ok: false, error: 'errors.importNotDocx' });
    const real = new Uint8Array(await charterDocx());
    expect(checkDocx(real)).toEqual({ ok: true });
    // Cut in half: the central directory is gone.
    expect(checkDocx(real.slice(0, Math.floor(real.length / 2)))).toEqual({ ok: false, error: 'errors.importDamaged' });
    const huge = new Uint8Array(MAX_DOCX_BYTES + 1);
    huge.set(real.slice(0, 4));
    expect(checkDocx(huge)).toEqual({ ok: false, error: 'errors.importTooLarge' });
  });

  it('refuses a zip whose parts claim to unpack to far more than any document', () => {
    const bomb = zipSync({ 'word/document.xml': strToU8('<w:document/>') });
    // The sizes a zip bomb declares: 3 GB unpacked, in the central directory and the local header.
    const view = new DataView(bomb.buffer);
    for (let at = 0; at + 4 <= bomb.length; at += 1) {
      if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 3_000_000_000, true);
      if (view.getUint32(at, true) === 0x04034b50) view.setUint32(at + 22, 3_000_000_000, true);
    }
    expect(checkDocx(bomb)).toEqual({ ok: false, error: 'errors.importTooLarge' });
  });

  it('reads hostile HTML as text only: scripts, frames and handlers are dropped and counted, javascript: links lose their link', () => {
    const html = new DOMParser().parseFromString(
      '<body><h1>Minutes</h1><script>window.__imported = true</script><p>Before <img src="x" onerror="window.__imported = true" /> after <a href="javascript:alert(1)">click</a> <a href="data:text/html,x">data</a> <a href="mailto:chair@example.org">mail</a></p><iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe><p>&lt;script&gt;alert(2)&lt;/script&gt;</p></body>',
      'text/html',
    );
    const outcome = importHtml(html.getElementsByTagName('body')[0] as unknown as HtmlNodeLike, 'minutes.docx');
    if (!outcome.ok) throw new Error(outcome.error);
    const json = JSON.stringify(outcome.document.blocks);
    expect(json).not.toMatch(/__imported|onerror|javascript:|data:|srcdoc/);
    expect(json).toContain('"text":"Before after click data "');
    expect(json).toContain('"href":"mailto:chair@example.org"');
    // Escaped markup in the text is the words it says.
    expect(json).toContain('<script>alert(2)</script>');
    expect(outcome.document.dropped).toMatchObject({ html: 2, images: 1, unsafeLinks: 2 });
  });
});
