import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { ContentBuilder } from './content-builder';
import { importedText, inlineText, MAX_IMPORTED_CHARACTERS, noneDropped, safeLinkHref, type DroppedCounts, type HeadingLevel, type ImportedBlock, type ImportedDocument } from './imported-content';

/** A Markdown file is text: 5 MB is some 2,500 pages, far beyond any coalition document. */
export const MAX_MARKDOWN_BYTES = 5 * 1024 * 1024;

export type ImportOutcome = { ok: true; document: ImportedDocument } | { ok: false; error: string };

// html: true so raw HTML arrives as its own tokens, to be dropped and counted; it is never rendered.
// Links are judged by safeLinkHref below, so markdown-it's own filter is lifted to let us count them.
function parser(): MarkdownIt {
  const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
  md.validateLink = () => true;
  return md;
}

const HIDDEN_TEXT_ELEMENT = /^<\s*(script|style|template|textarea|noscript|iframe|object)\b/i;
const HIDDEN_TEXT_END = /^<\s*\/\s*(script|style|template|textarea|noscript|iframe|object)\b/i;

class MarkdownWalk {
  readonly builder = new ContentBuilder();
  readonly dropped: DroppedCounts = noneDropped();
  /** Inside <script>…</script> written inline: its text is code, not the document's. */
  private hiddenDepth = 0;
  private readonly linkPushed: boolean[] = [];
  private cellIndex = 0;

  block(token: Token): void {
    const b = this.builder;
    switch (token.type) {
      case 'heading_open':
        return b.startTextBlock('heading', Math.min(6, Math.max(1, Number(token.tag.slice(1)) || 1)) as HeadingLevel);
      case 'paragraph_open':
        return b.startTextBlock('paragraph');
      case 'heading_close':
      case 'paragraph_close':
        return b.endTextBlock();
      case 'bullet_list_open':
        return b.openContainer('bulletList');
      case 'ordered_list_open':
        return b.openContainer('orderedList', Number(token.attrGet('start') ?? 1));
      case 'list_item_open':
        return b.openContainer('listItem');
      case 'blockquote_open':
        return b.openContainer('blockquote');
      case 'bullet_list_close':
        return b.closeContainer('bulletList');
      case 'ordered_list_close':
        return b.closeContainer('orderedList');
      case 'list_item_close':
        return b.closeContainer('listItem');
      case 'blockquote_close':
        return b.closeContainer('blockquote');
      case 'fence':
      case 'code_block':
        b.startTextBlock('codeBlock');
        b.text(token.content.replace(/\n$/, ''));
        return b.endTextBlock();
      case 'hr':
        return b.horizontalRule();
      case 'html_block':
        this.dropped.html += 1;
        return;
      case 'table_open':
        this.dropped.tables += 1;
        return;
      // A table's text is kept, one paragraph per row, so nothing written in it is lost.
      case 'tr_open':
        this.cellIndex = 0;
        return b.startTextBlock('paragraph');
      case 'tr_close':
        return b.endTextBlock();
      case 'th_open':
      case 'td_open':
        if (this.cellIndex > 0) b.text(' · ');
        this.cellIndex += 1;
        return;
      case 'inline':
        return (token.children ?? []).forEach((child) => this.inline(child));
      default:
        return;
    }
  }

  private inline(token: Token): void {
    const b = this.builder;
    if (token.type === 'html_inline') {
      this.dropped.html += 1;
      if (HIDDEN_TEXT_ELEMENT.test(token.content)) this.hiddenDepth += 1;
      else if (HIDDEN_TEXT_END.test(token.content)) this.hiddenDepth = Math.max(0, this.hiddenDepth - 1);
      return;
    }
    if (this.hiddenDepth > 0) return;
    switch (token.type) {
      case 'text':
        return b.text(token.content);
      case 'softbreak':
        return b.text(' ');
      case 'hardbreak':
        return b.hardBreak();
      case 'strong_open':
        return b.pushMark({ type: 'bold' });
      case 'strong_close':
        return b.popMark('bold');
      case 'em_open':
        return b.pushMark({ type: 'italic' });
      case 'em_close':
        return b.popMark('italic');
      case 's_open':
        return b.pushMark({ type: 'strike' });
      case 's_close':
        return b.popMark('strike');
      case 'code_inline':
        b.pushMark({ type: 'code' });
        b.text(token.content);
        return b.popMark('code');
      case 'link_open': {
        const href = safeLinkHref(token.attrGet('href') ?? '');
        if (href) b.pushMark({ type: 'link', attrs: { href } });
        else this.dropped.unsafeLinks += 1;
        this.linkPushed.push(href !== null);
        return;
      }
      case 'link_close':
        if (this.linkPushed.pop()) b.popMark('link');
        return;
      case 'image':
        this.dropped.images += 1;
        return;
      default:
        return;
    }
  }
}

export function firstHeadingText(blocks: readonly ImportedBlock[]): string | undefined {
  for (const block of blocks) if (block.type === 'heading') return inlineText(block.content).trim() || undefined;
  return undefined;
}

/** The file's name without its extension: the title when the text has no heading. */
export function titleFromFileName(fileName: string): string {
  return fileName.replace(/\.[^.]*$/, '').replace(/[_]+/g, ' ').trim().slice(0, 120);
}

/** Markdown → content in the editor's schema, with what could not be kept counted. HTML in it is never rendered. */
export function importMarkdown(source: string, fileName: string): ImportOutcome {
  if (source.length > MAX_MARKDOWN_BYTES) return { ok: false, error: 'errors.importTooLarge' };
  const walk = new MarkdownWalk();
  for (const token of parser().parse(source.replace(/^\uFEFF/, ''), {})) walk.block(token);
  const blocks = walk.builder.result();
  if (importedText(blocks) > MAX_IMPORTED_CHARACTERS) return { ok: false, error: 'errors.importTooLarge' };
  const suggestedTitle = (firstHeadingText(blocks) ?? titleFromFileName(fileName)).slice(0, 120);
  return { ok: true, document: { suggestedTitle, blocks, dropped: walk.dropped } };
}
