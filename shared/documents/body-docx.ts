import { BorderStyle, ExternalHyperlink, HeadingLevel, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { ExportBlock, Inline } from './body-blocks';
import { xmlSafe } from './xml-safe';
import { BULLET_LIST, CODE_STYLE, ORDERED_LIST, QUOTE_STYLE, type DocxContext } from './docx-document';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6] as const;

export function docxHeading(level: number): (typeof HEADINGS)[number] {
  return HEADINGS[Math.min(Math.max(level, 1), 6) - 1] ?? HeadingLevel.HEADING_1;
}

/** Links a reader may follow: a peer could write any scheme into a link mark. */
function safeHref(href: string): string | null {
  return /^(https?:|mailto:)/i.test(href.trim()) ? xmlSafe(href.trim()) : null;
}

export function docxRuns(inlines: readonly Inline[], context: DocxContext): ParagraphChild[] {
  return inlines.map((inline): ParagraphChild => {
    if (inline.kind === 'break') return new TextRun({ text: '', break: 1 });
    const href = inline.href === null ? null : safeHref(inline.href);
    const run = new TextRun({
      text: xmlSafe(inline.text),
      bold: inline.bold,
      italics: inline.italic,
      strike: inline.strike,
      ...(inline.code ? { font: 'Courier New' } : {}),
      ...(href ? { style: 'Hyperlink' } : {}),
      ...(context.rtl ? { rightToLeft: true } : {}),
    });
    return href ? new ExternalHyperlink({ link: href, children: [run] }) : run;
  });
}

/** Plain text that may hold line breaks (a view's own words), kept as runs with breaks, never as markup. */
export function docxTextRuns(text: string, context: DocxContext, options: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
  return xmlSafe(text).split('\n').map((line, index) => new TextRun({ text: line, ...(index > 0 ? { break: 1 } : {}), ...options, ...(context.rtl ? { rightToLeft: true } : {}) }));
}

interface Placement {
  /** Set inside a list item: the first paragraph carries the number, the rest line up under it. */
  list?: { reference: string; instance: number; level: number; numbered: boolean };
  quote?: boolean;
}

function paragraph(children: ParagraphChild[], context: DocxContext, placement: Placement, extra: { heading?: (typeof HEADINGS)[number]; style?: string } = {}): Paragraph {
  const { list } = placement;
  return new Paragraph({
    children,
    ...(extra.heading ? { heading: extra.heading } : {}),
    ...(placement.quote && !extra.heading ? { style: QUOTE_STYLE } : extra.style ? { style: extra.style } : {}),
    ...(list?.numbered ? { numbering: { reference: list.reference, level: list.level, instance: list.instance } } : {}),
    ...(list && !list.numbered ? { indent: { left: 720 * (list.level + 1) } } : {}),
    ...(context.rtl ? { bidirectional: true } : {}),
  });
}

function blockParagraphs(block: ExportBlock, context: DocxContext, placement: Placement): Paragraph[] {
  switch (block.kind) {
    case 'heading':
      return [paragraph(docxRuns(block.inlines, context), context, placement, { heading: docxHeading(block.level + context.headingShift) })];
    case 'paragraph':
      return [paragraph(docxRuns(block.inlines, context), context, placement)];
    case 'bulletList':
    case 'orderedList': {
      const reference = block.kind === 'bulletList' ? BULLET_LIST : ORDERED_LIST;
      const instance = context.nextListInstance();
      const level = placement.list ? placement.list.level + 1 : 0;
      return block.items.flatMap((item) =>
        item.flatMap((child, index) => blockParagraphs(child, context, { ...placement, list: { reference, instance, level, numbered: index === 0 } })),
      );
    }
    case 'blockquote':
      return block.children.flatMap((child) => blockParagraphs(child, context, { ...placement, quote: true }));
    case 'codeBlock':
      return [paragraph(docxTextRuns(block.text, context), context, placement, { style: CODE_STYLE })];
    case 'rule':
      return [new Paragraph({ children: [], border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '808080', space: 1 } } })];
  }
}

/** A body as Word paragraphs: headings at their level, lists numbered by Word, quotes in the Quote style. */
export function docxBody(blocks: readonly ExportBlock[], context: DocxContext): Paragraph[] {
  return blocks.flatMap((block) => blockParagraphs(block, context, {}));
}
