import * as Y from 'yjs';

/**
 * What an import produces: ProseMirror JSON in the editor's schema (TipTap StarterKit), limited to
 * the structures an import keeps. Preview, creation and tests all read this one form.
 */
export type ImportedMark = { type: 'bold' } | { type: 'italic' } | { type: 'strike' } | { type: 'code' } | { type: 'link'; attrs: { href: string } };
export type ImportedInline = { type: 'text'; text: string; marks?: ImportedMark[] } | { type: 'hardBreak' };
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
export interface ImportedListItem {
  type: 'listItem';
  content: ImportedBlock[];
}
export type ImportedBlock =
  | { type: 'paragraph'; content: ImportedInline[] }
  | { type: 'heading'; attrs: { level: HeadingLevel }; content: ImportedInline[] }
  | { type: 'bulletList'; content: ImportedListItem[] }
  | { type: 'orderedList'; attrs: { start: number }; content: ImportedListItem[] }
  | { type: 'blockquote'; content: ImportedBlock[] }
  | { type: 'codeBlock'; content: ImportedInline[] }
  | { type: 'horizontalRule' };

/** What an import could not keep, counted by kind; the preview lists every kind with a count above zero. */
export const DROPPED_KINDS = ['images', 'tables', 'comments', 'footnotes', 'html', 'unsafeLinks', 'otherFormatting'] as const;
export type DroppedKind = (typeof DROPPED_KINDS)[number];
export type DroppedCounts = Record<DroppedKind, number>;

export function noneDropped(): DroppedCounts {
  return { images: 0, tables: 0, comments: 0, footnotes: 0, html: 0, unsafeLinks: 0, otherFormatting: 0 };
}

export interface ImportedDocument {
  /** A title suggested from the first heading (or the file name), which the preview lets the user change. */
  suggestedTitle: string;
  blocks: ImportedBlock[];
  dropped: DroppedCounts;
}

/** A document body far beyond any charter (the 260,000-edit one is ~100,000 characters) is refused rather than half-kept. */
export const MAX_IMPORTED_CHARACTERS = 2_000_000;

/** Links are kept only to the web and to mail: no javascript:, data:, file: or app-internal addresses. */
export function safeLinkHref(href: string): string | null {
  const trimmed = href.trim();
  if (!/^(?:https?:|mailto:)/i.test(trimmed)) return null;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:' ? trimmed : null;
  } catch {
    return null;
  }
}

export function inlineText(inlines: readonly ImportedInline[]): string {
  return inlines.map((inline) => (inline.type === 'text' ? inline.text : '\n')).join('');
}

export function importedText(blocks: readonly ImportedBlock[]): number {
  let total = 0;
  const visit = (block: ImportedBlock | ImportedListItem): void => {
    if (block.type === 'horizontalRule') return;
    if (block.type === 'paragraph' || block.type === 'heading' || block.type === 'codeBlock') total += inlineText(block.content).length;
    else (block.content as (ImportedBlock | ImportedListItem)[]).forEach(visit);
  };
  blocks.forEach(visit);
  return total;
}

// The attributes TipTap's Link gives a mark it makes itself, so an imported link is the same as a typed one.
const LINK_DEFAULTS = { target: '_blank', rel: 'noopener noreferrer nofollow', class: null, title: null };

function markAttributes(marks: readonly ImportedMark[] | undefined): Record<string, object> {
  const attributes: Record<string, object> = {};
  for (const mark of marks ?? []) attributes[mark.type] = mark.type === 'link' ? { href: mark.attrs.href, ...LINK_DEFAULTS } : {};
  return attributes;
}

/** Inline content the way y-prosemirror stores it: runs of text in one Y.XmlText, each hard break an element between. */
function inlineNodes(inlines: readonly ImportedInline[]): (Y.XmlText | Y.XmlElement)[] {
  const nodes: (Y.XmlText | Y.XmlElement)[] = [];
  let text: Y.XmlText | undefined;
  // A Y.XmlText not yet in a document reports length 0 and queues inserts: the offset is counted here.
  let offset = 0;
  for (const inline of inlines) {
    if (inline.type === 'hardBreak') {
      nodes.push(new Y.XmlElement('hardBreak'));
      text = undefined;
    } else if (inline.text !== '') {
      if (!text) {
        text = new Y.XmlText();
        nodes.push(text);
        offset = 0;
      }
      text.insert(offset, inline.text, markAttributes(inline.marks));
      offset += inline.text.length;
    }
  }
  return nodes;
}

function element(name: string, children: (Y.XmlText | Y.XmlElement)[], attributes: Record<string, number> = {}): Y.XmlElement {
  // Numbers, as y-prosemirror stores ProseMirror's attributes (a heading's level is 2, not "2").
  const node = new Y.XmlElement<Record<string, number>>(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  if (children.length > 0) node.insert(0, children);
  return node as unknown as Y.XmlElement;
}

function blockNode(block: ImportedBlock | ImportedListItem): Y.XmlElement {
  switch (block.type) {
    case 'paragraph':
      return element('paragraph', inlineNodes(block.content));
    case 'codeBlock':
      return element('codeBlock', inlineNodes(block.content));
    case 'heading':
      return element('heading', inlineNodes(block.content), { level: block.attrs.level });
    case 'orderedList':
      return element('orderedList', block.content.map(blockNode), { start: block.attrs.start });
    case 'bulletList':
    case 'blockquote':
    case 'listItem':
      return element(block.type, (block.content as (ImportedBlock | ImportedListItem)[]).map(blockNode));
    case 'horizontalRule':
      return element('horizontalRule', []);
  }
}

/** Writes imported blocks into an (empty) document body, node for node as y-prosemirror would store them. */
export function writeImportedContent(body: Y.XmlFragment, blocks: readonly ImportedBlock[]): void {
  body.insert(body.length, blocks.map(blockNode));
}
