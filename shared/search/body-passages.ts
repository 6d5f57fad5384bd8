import * as Y from 'yjs';
import { chunkStarts } from './passage-chunks';
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
    const text = blockText(block);
    if (text.trim() === '') return;
    const starts = chunkStarts(text);
    if (starts.length === 1) {
      records.push({ id: `passage:${documentId}:${index}`, kind: 'document', title: '', text: text.trim(), target: { kind: 'passage', documentId, block: index }, source, key: '' });
      return;
    }
    // A very long block (the charter trace is one 100,000-character paragraph) is several records,
    // so the pause after typing in it re-indexes one chunk, not the whole block.
    starts.forEach((start, chunk) => {
      const piece = text.slice(start, starts[chunk + 1] ?? text.length).trim();
      if (piece === '') return;
      const target = { kind: 'passage' as const, documentId, block: index, chunk };
      records.push({ id: `passage:${documentId}:${index}:${chunk}`, kind: 'document', title: '', text: piece, target, source, key: '' });
    });
  });
  return records;
}
