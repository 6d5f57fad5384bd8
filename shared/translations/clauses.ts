import { digest } from 'lib0/hash/sha256';
import * as Y from 'yjs';
import { bytesToBase64 } from '../integrity/base64';

/**
 * A clause is a top-level block of a document body (heading, paragraph, list, quote, code): the
 * unit a translation is aligned by (decision 0029). A horizontal rule or a block with no text is
 * not a clause: there is nothing in it to translate.
 */
export type ClauseKind = 'heading' | 'paragraph' | 'bulletList' | 'orderedList' | 'blockquote' | 'codeBlock' | 'other';

export interface Clause {
  /** Its position among the body's top-level children. */
  index: number;
  node: Y.XmlElement | Y.XmlText;
  kind: ClauseKind;
  /** Plain text: one line per paragraph, heading or list item inside it. */
  text: string;
}

const KINDS: ReadonlySet<string> = new Set(['heading', 'paragraph', 'bulletList', 'orderedList', 'blockquote', 'codeBlock']);
const TEXT_BLOCKS: ReadonlySet<string> = new Set(['paragraph', 'heading', 'codeBlock']);

function inlineText(text: Y.XmlText): string {
  return (text.toDelta() as { insert?: unknown }[]).map((op) => (typeof op.insert === 'string' ? op.insert : '')).join('');
}

function blockText(element: Y.XmlElement): string {
  return element
    .toArray()
    .map((child) => (child instanceof Y.XmlText ? inlineText(child) : child instanceof Y.XmlElement && child.nodeName === 'hardBreak' ? '\n' : ''))
    .join('');
}

function lines(node: Y.XmlElement | Y.XmlText): string[] {
  if (node instanceof Y.XmlText) return [inlineText(node)];
  if (TEXT_BLOCKS.has(node.nodeName)) return [blockText(node)];
  return node.toArray().flatMap((child) => (child instanceof Y.XmlElement || child instanceof Y.XmlText ? lines(child) : []));
}

export function clauseText(node: Y.XmlElement | Y.XmlText): string {
  return lines(node).join('\n').normalize('NFC');
}

export function clauseKind(node: Y.XmlElement | Y.XmlText): ClauseKind {
  if (node instanceof Y.XmlText) return 'paragraph';
  return KINDS.has(node.nodeName) ? (node.nodeName as ClauseKind) : 'other';
}

/** The body's clauses in order. */
export function clausesOf(body: Y.XmlFragment): Clause[] {
  return body.toArray().flatMap((node, index): Clause[] => {
    if (!(node instanceof Y.XmlElement || node instanceof Y.XmlText)) return [];
    if (node instanceof Y.XmlElement && node.nodeName === 'horizontalRule') return [];
    const text = clauseText(node);
    return text.trim() === '' ? [] : [{ index, node, kind: clauseKind(node), text }];
  });
}

// The aligned view digests every clause on each change of either text; most clauses did not change.
const digests = new Map<string, string>();
const MAX_KEPT_DIGESTS = 5_000;

/** A digest of a clause's text, recorded when its translation is made or confirmed, to notice a later change. */
export function clauseDigest(text: string): string {
  const normalized = text.normalize('NFC');
  let found = digests.get(normalized);
  if (found === undefined) {
    found = bytesToBase64(digest(new TextEncoder().encode(normalized)));
    if (digests.size >= MAX_KEPT_DIGESTS) digests.clear();
    digests.set(normalized, found);
  }
  return found;
}
