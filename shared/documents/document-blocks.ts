import * as Y from 'yjs';

/** The small block vocabulary templates are written in; node names match the editor's schema (TipTap StarterKit). */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'bulletList'; items: string[] }
  | { kind: 'blockquote'; text: string };

function textElement(name: string, text: string): Y.XmlElement {
  const element = new Y.XmlElement(name);
  if (text !== '') element.insert(0, [new Y.XmlText(text)]);
  return element;
}

function blockElement(block: Block): Y.XmlElement {
  switch (block.kind) {
    case 'heading': {
      const heading = new Y.XmlElement<{ level: number }>('heading');
      heading.setAttribute('level', block.level);
      heading.insert(0, [new Y.XmlText(block.text)]);
      return heading as Y.XmlElement;
    }
    case 'paragraph':
      return textElement('paragraph', block.text);
    case 'blockquote': {
      const quote = new Y.XmlElement('blockquote');
      quote.insert(0, [textElement('paragraph', block.text)]);
      return quote;
    }
    case 'bulletList': {
      const list = new Y.XmlElement('bulletList');
      list.insert(
        0,
        block.items.map((item) => {
          const listItem = new Y.XmlElement('listItem');
          listItem.insert(0, [textElement('paragraph', item)]);
          return listItem;
        }),
      );
      return list;
    }
  }
}

/** Writes blocks into an (empty) body the way y-prosemirror would have stored them. */
export function writeBlocks(body: Y.XmlFragment, blocks: readonly Block[]): void {
  body.insert(body.length, blocks.map(blockElement));
}

const TEXT_BLOCKS = new Set(['paragraph', 'heading']);

function inlineText(element: Y.XmlElement): string {
  return element
    .toArray()
    .map((child) => (child instanceof Y.XmlText ? child.toDelta().map((op: { insert?: unknown }) => (typeof op.insert === 'string' ? op.insert : '')).join('') : ''))
    .join('');
}

/** Plain text of a body, one line per text block, for previews, search and tests. */
export function bodyText(body: Y.XmlFragment): string {
  const lines: string[] = [];
  const visit = (node: unknown): void => {
    if (node instanceof Y.XmlElement && TEXT_BLOCKS.has(node.nodeName)) lines.push(inlineText(node));
    else if (node instanceof Y.XmlElement || node instanceof Y.XmlFragment) node.toArray().forEach(visit);
  };
  visit(body);
  return lines.join('\n');
}
