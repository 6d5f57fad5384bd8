import { ContentBuilder } from './content-builder';
import { importedText, MAX_IMPORTED_CHARACTERS, noneDropped, safeLinkHref, type DroppedCounts, type HeadingLevel, type ImportedDocument } from './imported-content';
import { firstHeadingText, titleFromFileName, type ImportOutcome } from './markdown-import';

/**
 * The part of a parsed HTML tree this converter reads: the browser's DOM (a DOMParser document,
 * which never runs scripts or loads images) and @xmldom/xmldom in Node tests both provide it.
 */
export interface HtmlNodeLike {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<HtmlNodeLike>;
  getAttribute?(name: string): string | null;
}

const ELEMENT = 1;
const TEXT = 3;
/** Deeper than any real document nests; past it the text is kept without its structure. */
const MAX_DEPTH = 200;
const NEVER_TEXT = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'head', 'title', 'textarea', 'select']);
const MARKS = { strong: 'bold', b: 'bold', em: 'italic', i: 'italic', s: 'strike', del: 'strike', strike: 'strike', code: 'code' } as const;

function startOf(list: HtmlNodeLike): number {
  const start = list.getAttribute?.('start') ?? '';
  return /^\d{1,9}$/.test(start) ? Number(start) : 1;
}

class HtmlWalk {
  readonly builder = new ContentBuilder({ collapseWhitespace: true });
  readonly dropped: DroppedCounts = noneDropped();
  private inTable = 0;
  private inPre = 0;

  children(node: HtmlNodeLike, depth: number): void {
    for (let index = 0; index < node.childNodes.length; index += 1) {
      const child = node.childNodes[index];
      if (child) this.node(child, depth + 1);
    }
  }

  private node(node: HtmlNodeLike, depth: number): void {
    if (node.nodeType === TEXT) return this.builder.text(this.inPre > 0 ? (node.nodeValue ?? '') : (node.nodeValue ?? '').replace(/\s+/g, ' '));
    if (node.nodeType !== ELEMENT) return;
    const tag = node.nodeName.toLowerCase();
    if (depth > MAX_DEPTH) {
      this.dropped.otherFormatting += 1;
      return this.children(node, depth);
    }
    if (NEVER_TEXT.has(tag)) {
      this.dropped.html += 1;
      return;
    }
    if (this.inTable > 0) return this.tableNode(node, tag, depth);
    const b = this.builder;
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) {
      b.startTextBlock('heading', Number(heading[1]) as HeadingLevel);
      this.children(node, depth);
      return b.endTextBlock();
    }
    if (tag in MARKS) {
      const type = MARKS[tag as keyof typeof MARKS];
      b.pushMark({ type });
      this.children(node, depth);
      return b.popMark(type);
    }
    switch (tag) {
      case 'p':
        b.startTextBlock('paragraph');
        this.children(node, depth);
        return b.endTextBlock();
      case 'pre':
        b.startTextBlock('codeBlock');
        this.inPre += 1;
        this.children(node, depth);
        this.inPre -= 1;
        return b.endTextBlock();
      case 'ul':
      case 'ol':
        if (tag === 'ol') b.openContainer('orderedList', startOf(node));
        else b.openContainer('bulletList');
        this.children(node, depth);
        return b.closeContainer(tag === 'ol' ? 'orderedList' : 'bulletList');
      case 'li':
        // mammoth writes the notes at the end as list items; each was counted at its reference.
        if (/^(?:footnote|endnote)-/.test(node.getAttribute?.('id') ?? '')) return;
        b.openContainer('listItem');
        this.children(node, depth);
        return b.closeContainer('listItem');
      case 'blockquote':
        b.openContainer('blockquote');
        this.children(node, depth);
        return b.closeContainer('blockquote');
      case 'a':
        return this.link(node, depth);
      case 'br':
        return b.hardBreak();
      case 'hr':
        return b.horizontalRule();
      case 'img':
        this.dropped.images += 1;
        return;
      case 'dl':
        // mammoth lists a document's comments in a definition list at the end; counted at each reference.
        return;
      case 'table':
        this.dropped.tables += 1;
        this.inTable += 1;
        this.children(node, depth);
        this.inTable -= 1;
        return;
      default:
        return this.children(node, depth);
    }
  }

  private link(node: HtmlNodeLike, depth: number): void {
    const raw = node.getAttribute?.('href') ?? '';
    if (/^#(?:footnote|endnote)-/.test(raw)) {
      this.dropped.footnotes += 1;
      return;
    }
    if (/^#comment-/.test(raw)) {
      this.dropped.comments += 1;
      return;
    }
    // A bookmark or a link back from a note: its text stays, it leads nowhere outside the file.
    if (raw === '' || raw.startsWith('#')) return this.children(node, depth);
    const href = safeLinkHref(raw);
    if (!href) {
      this.dropped.unsafeLinks += 1;
      return this.children(node, depth);
    }
    this.builder.pushMark({ type: 'link', attrs: { href } });
    this.children(node, depth);
    this.builder.popMark('link');
  }

  /** A table's text is kept, one paragraph per row, cells apart; its nested blocks are read as text. */
  private tableNode(node: HtmlNodeLike, tag: string, depth: number): void {
    const b = this.builder;
    switch (tag) {
      case 'tr': {
        b.startTextBlock('paragraph');
        let cells = 0;
        for (let index = 0; index < node.childNodes.length; index += 1) {
          const cell = node.childNodes[index];
          if (!cell || cell.nodeType !== ELEMENT) continue;
          if (cells > 0) b.text(' · ');
          cells += 1;
          this.children(cell, depth + 1);
        }
        return b.endTextBlock();
      }
      case 'table':
        this.dropped.tables += 1;
        return this.children(node, depth);
      case 'img':
        this.dropped.images += 1;
        return;
      case 'a':
        return this.link(node, depth);
      case 'br':
        return b.text(' ');
      default:
        if (tag in MARKS) {
          const type = MARKS[tag as keyof typeof MARKS];
          b.pushMark({ type });
          this.children(node, depth);
          return b.popMark(type);
        }
        if (tag === 'p' || /^h[1-6]$/.test(tag) || tag === 'li') b.text(' ');
        return this.children(node, depth);
    }
  }
}

/** Parsed HTML (mammoth's output for a DOCX) → content in the editor's schema, with what could not be kept counted. */
export function importHtml(body: HtmlNodeLike, fileName: string, readerWarnings = 0): ImportOutcome {
  const walk = new HtmlWalk();
  walk.children(body, 0);
  const blocks = walk.builder.result();
  if (importedText(blocks) > MAX_IMPORTED_CHARACTERS) return { ok: false, error: 'errors.importTooLarge' };
  walk.dropped.otherFormatting += readerWarnings;
  const document: ImportedDocument = { suggestedTitle: (firstHeadingText(blocks) ?? titleFromFileName(fileName)).slice(0, 120), blocks, dropped: walk.dropped };
  return { ok: true, document };
}
