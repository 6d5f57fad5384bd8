import type { HeadingLevel, ImportedBlock, ImportedInline, ImportedListItem, ImportedMark } from './imported-content';

type Container =
  | { type: 'doc'; content: ImportedBlock[] }
  | { type: 'bulletList'; content: ImportedListItem[] }
  | { type: 'orderedList'; attrs: { start: number }; content: ImportedListItem[] }
  | { type: 'blockquote'; content: ImportedBlock[] }
  | { type: 'listItem'; content: ImportedBlock[] };

type TextBlock =
  | { type: 'paragraph'; content: ImportedInline[]; implicit: boolean }
  | { type: 'heading'; attrs: { level: HeadingLevel }; content: ImportedInline[]; implicit: false }
  | { type: 'codeBlock'; content: ImportedInline[]; implicit: false };

const emptyParagraph = (): ImportedBlock => ({ type: 'paragraph', content: [] });

function sameMarks(a: readonly ImportedMark[] | undefined, b: readonly ImportedMark[] | undefined): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}

/**
 * Builds content that always fits the editor's schema, whatever order the source opens and closes
 * things in: list items start with a paragraph, lists hold only items, quotes and the document are
 * never empty, and loose text becomes a paragraph. Both converters (Markdown, DOCX's HTML) feed it.
 */
export class ContentBuilder {
  private readonly stack: Container[] = [{ type: 'doc', content: [] }];
  private textBlock: TextBlock | undefined;
  private readonly marks: ImportedMark[] = [];

  /** `collapseWhitespace`: HTML's rule, where runs of spaces are one, and space at the edges of a block is none. */
  constructor(private readonly options: { collapseWhitespace?: boolean } = {}) {}

  openContainer(type: 'bulletList' | 'blockquote' | 'listItem'): void;
  openContainer(type: 'orderedList', start: number): void;
  openContainer(type: Container['type'], start = 1): void {
    this.endTextBlock();
    if (type === 'listItem' && !this.isList(this.top())) this.openContainer('bulletList');
    const container: Container =
      type === 'orderedList' ? { type, attrs: { start: Number.isSafeInteger(start) && start >= 0 ? start : 1 }, content: [] } : ({ type, content: [] } as Container);
    this.stack.push(container);
  }

  /** Closes the innermost container of this type (and anything left open inside it). */
  closeContainer(type: Exclude<Container['type'], 'doc'>): void {
    this.endTextBlock();
    if (!this.stack.some((container, index) => index > 0 && container.type === type)) return;
    for (;;) {
      const closed = this.stack.pop();
      if (!closed || closed.type === 'doc') return;
      this.append(this.finished(closed));
      if (closed.type === type) return;
    }
  }

  startTextBlock(type: 'paragraph' | 'codeBlock'): void;
  startTextBlock(type: 'heading', level: HeadingLevel): void;
  startTextBlock(type: TextBlock['type'], level: HeadingLevel = 1): void {
    this.endTextBlock();
    this.textBlock = type === 'heading' ? { type, attrs: { level }, content: [], implicit: false } : { type, content: [], implicit: false };
  }

  endTextBlock(): void {
    const block = this.textBlock;
    if (!block) return;
    this.textBlock = undefined;
    if (this.options.collapseWhitespace && block.type !== 'codeBlock') {
      const last = block.content.at(-1);
      if (last?.type === 'text') last.text = last.text.trimEnd();
      if (last?.type === 'text' && last.text === '') block.content.pop();
      if (block.content.length === 0) return;
    }
    if (block.implicit && block.content.every((inline) => inline.type === 'text' && inline.text.trim() === '')) return;
    const { implicit: _implicit, ...node } = block;
    this.append(node as ImportedBlock);
  }

  pushMark(mark: ImportedMark): void {
    this.marks.push(mark);
  }

  popMark(type: ImportedMark['type']): void {
    const index = this.marks.map((mark) => mark.type).lastIndexOf(type);
    if (index >= 0) this.marks.splice(index, 1);
  }

  text(text: string): void {
    if (text === '') return;
    // Loose white space between blocks (source formatting) is not a paragraph.
    if (!this.textBlock && text.trim() === '') return;
    const block = this.currentTextBlock();
    if (this.options.collapseWhitespace && block.type !== 'codeBlock') {
      const previous = block.content.at(-1);
      const afterSpace = previous === undefined || previous.type === 'hardBreak' || /\s$/.test(previous.text);
      if (afterSpace) text = text.replace(/^\s+/, '');
      if (text === '') return;
    }
    const marks = block.type === 'codeBlock' ? [] : this.activeMarks();
    const last = block.content.at(-1);
    if (last?.type === 'text' && sameMarks(last.marks, marks.length > 0 ? marks : undefined)) last.text += text;
    else block.content.push(marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text });
  }

  hardBreak(): void {
    const block = this.currentTextBlock();
    if (block.type === 'codeBlock') this.text('\n');
    else block.content.push({ type: 'hardBreak' });
  }

  horizontalRule(): void {
    this.endTextBlock();
    this.append({ type: 'horizontalRule' });
  }

  result(): ImportedBlock[] {
    this.endTextBlock();
    while (this.stack.length > 1) {
      const top = this.top();
      if (top.type === 'doc') break;
      this.closeContainer(top.type);
    }
    const doc = this.stack[0];
    const blocks = doc?.type === 'doc' ? doc.content : [];
    return blocks.length > 0 ? blocks : [emptyParagraph()];
  }

  private top(): Container {
    return this.stack[this.stack.length - 1] ?? { type: 'doc', content: [] };
  }

  private isList(container: Container): boolean {
    return container.type === 'bulletList' || container.type === 'orderedList';
  }

  private currentTextBlock(): TextBlock {
    if (!this.textBlock) this.textBlock = { type: 'paragraph', content: [], implicit: true };
    return this.textBlock;
  }

  /** Marks in effect, one per kind (the innermost link wins). */
  private activeMarks(): ImportedMark[] {
    const byType = new Map<string, ImportedMark>();
    for (const mark of this.marks) byType.set(mark.type, mark);
    // The editor's code mark excludes every other mark (TipTap's `excludes: '_'`), so inline code
    // inside bold or a link keeps the code alone, as ProseMirror's own parser does with such HTML.
    const code = byType.get('code');
    if (code) return [code];
    const order: ImportedMark['type'][] = ['bold', 'italic', 'strike', 'link'];
    return order.flatMap((type) => {
      const mark = byType.get(type);
      return mark ? [mark] : [];
    });
  }

  private finished(container: Exclude<Container, { type: 'doc' }>): ImportedBlock | ImportedListItem | undefined {
    switch (container.type) {
      case 'listItem':
        if (container.content[0]?.type !== 'paragraph') container.content.unshift(emptyParagraph());
        return container;
      case 'blockquote':
        if (container.content.length === 0) container.content.push(emptyParagraph());
        return container;
      case 'bulletList':
      case 'orderedList':
        return container.content.length > 0 ? container : undefined;
    }
  }

  private append(node: ImportedBlock | ImportedListItem | undefined): void {
    if (!node) return;
    const parent = this.top();
    if (parent.type === 'bulletList' || parent.type === 'orderedList') {
      const item: ImportedListItem = node.type === 'listItem' ? node : { type: 'listItem', content: node.type === 'paragraph' ? [node] : [emptyParagraph(), node] };
      parent.content.push(item);
    } else if (node.type === 'listItem') {
      // An item outside any list (a source that never opened one): its blocks stand on their own.
      parent.content.push(...node.content);
    } else {
      parent.content.push(node);
    }
  }
}
