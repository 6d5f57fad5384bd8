import * as Y from 'yjs';
import type { SearchRecord } from './search-record';

function inlineText(text: Y.XmlText): string {
  return (text.toDelta() as { insert?: unknown }[]).map((op) => (typeof op.insert === 'string' ? op.insert : '')).join('');
}

/** A block's plain text; nested blocks (list items, quoted paragraphs) are separated by a newline. */
export function blockText(node: unknown): string {
  if (node instanceof Y.XmlText) return inlineText(node);
  if (!(node instanceof Y.XmlElement)) return '';
  if (node.nodeName === 'hardBreak') return '\n';
  const parts = node.toArray().map(blockText);
  const inline = node.toArray().every((child) => child instanceof Y.XmlText || (child instanceof Y.XmlElement && child.nodeName === 'hardBreak'));
  return parts.join(inline ? '' : '\n');
}

/**
 * One record per top-level block with text: a result then opens the passage, and a keystroke
 * changes one record, not the whole document's.
 */
export function bodyPassages(body: Y.XmlFragment, documentId: string, source: string): SearchRecord[] {
  const records: SearchRecord[] = [];
  body.toArray().forEach((block, index) => {
    const text = blockText(block).trim();
    if (text === '') return;
    records.push({ id: `passage:${documentId}:${index}`, kind: 'document', title: '', text, target: { kind: 'passage', documentId, block: index }, source, key: '' });
  });
  return records;
}
