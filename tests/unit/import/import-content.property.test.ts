import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importHtml, type HtmlNodeLike } from '../../../shared/import/html-import';
import { importMarkdown } from '../../../shared/import/markdown-import';
import type { ImportedBlock } from '../../../shared/import/imported-content';
import { bothWays } from './editor-schema';

// Pieces that open and close structures in every order, including broken and hostile ones.
const MARKDOWN_PIECES = ['# ', '## ', '###### ', '- ', '1. ', '7. ', '> ', '>> ', '  ', '    ', '\n', '\n\n', '**', '*', '_', '~~', '`', '```\n', '[', '](', ')', 'https://example.org/a', 'javascript:alert(1)', '![x](y)', '<script>', '</script>', '<b onclick="x">', '</b>', '<div>', '---', '| a | b |\n|---|---|\n| 1 | 2 |', 'text', 'Ünïcode 文字 نص', '\\', '<', '&amp;', '  \n'];
const HTML_PIECES = ['<h1>', '</h1>', '<h3>', '<p>', '</p>', '<ul>', '</ul>', '<ol start="4">', '</ol>', '<li>', '</li>', '<blockquote>', '</blockquote>', '<strong>', '</strong>', '<em>', '</em>', '<a href="https://example.org">', '<a href="javascript:x">', '<a href="#footnote-1">', '</a>', '<br />', '<img src="" />', '<table><tr><td>', '</td><td>', '</td></tr></table>', '<script>bad()</script>', 'words', ' ', '<pre>', '</pre>', '<sup>', '</sup>'];

function assertEditorReady(blocks: ImportedBlock[]): void {
  // bothWays checks the content against the editor's schema, then compares our Yjs with y-prosemirror's.
  const { ours, editor } = bothWays(blocks);
  expect(ours).toEqual(editor);
  // Text may say anything; a link may only lead to the web or to mail, and script bodies never arrive.
  const hrefs = [...JSON.stringify(blocks).matchAll(/"href":"([^"]*)"/g)].map((match) => match[1] ?? '');
  expect(hrefs.filter((href) => !/^(?:https?:|mailto:)/.test(href))).toEqual([]);
  expect(JSON.stringify(blocks)).not.toContain('bad()');
}

describe('import output, for any input', () => {
  it('Markdown always gives schema-valid content that Yjs stores as the editor would', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...MARKDOWN_PIECES), { maxLength: 40 }), (pieces) => {
        const outcome = importMarkdown(pieces.join(''), 'random.md');
        expect(outcome.ok).toBe(true);
        if (outcome.ok) assertEditorReady(outcome.document.blocks);
      }),
      { numRuns: 300 },
    );
  });

  it('HTML, however badly nested, always gives schema-valid content', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...HTML_PIECES), { maxLength: 40 }), (pieces) => {
        const parsed = new DOMParser({ errorHandler: () => undefined }).parseFromString(`<body>${pieces.join('')}</body>`, 'text/html');
        const body = parsed.getElementsByTagName('body')[0] as unknown as HtmlNodeLike | undefined;
        if (!body) return;
        const outcome = importHtml(body, 'random.docx');
        expect(outcome.ok).toBe(true);
        if (outcome.ok) assertEditorReady(outcome.document.blocks);
      }),
      { numRuns: 300 },
    );
  });
});
