import * as Y from 'yjs';
import { clauseKind, clauseText } from './clauses';

/**
 * Writes a translated clause's text as plain text, the way the aligned view edits it. Element
 * identities are kept wherever possible, because alignments are anchored to them.
 */

function inlineString(text: Y.XmlText): string {
  return (text.toDelta() as { insert?: unknown }[]).map((op) => (typeof op.insert === 'string' ? op.insert : '')).join('');
}

/** Replaces only what changed, so marks on untouched text and a co-author's concurrent typing survive. */
function setText(text: Y.XmlText, next: string): void {
  const current = inlineString(text);
  if (current === next) return;
  let start = 0;
  while (start < current.length && start < next.length && current[start] === next[start]) start += 1;
  let end = 0;
  while (end < current.length - start && end < next.length - start && current[current.length - 1 - end] === next[next.length - 1 - end]) end += 1;
  text.delete(start, current.length - start - end);
  text.insert(start, next.slice(start, next.length - end));
}

function setBlockText(element: Y.XmlElement, text: string): void {
  const children = element.toArray();
  const only = children[0];
  if (children.length === 1 && only instanceof Y.XmlText) return setText(only, text);
  if (children.length > 0) element.delete(0, children.length);
  if (text !== '') element.insert(0, [new Y.XmlText(text)]);
}

function paragraph(text: string): Y.XmlElement {
  const element = new Y.XmlElement('paragraph');
  if (text !== '') element.insert(0, [new Y.XmlText(text)]);
  return element;
}

function containerChild(container: Y.XmlElement, text: string): Y.XmlElement {
  if (container.nodeName !== 'bulletList' && container.nodeName !== 'orderedList') return paragraph(text);
  const item = new Y.XmlElement('listItem');
  item.insert(0, [paragraph(text)]);
  return item;
}

/** The paragraph a container's child holds its text in: itself, or a list item's only paragraph. */
function textHolder(child: unknown): Y.XmlElement | undefined {
  if (!(child instanceof Y.XmlElement)) return undefined;
  if (child.nodeName === 'paragraph') return child;
  const inner = child.nodeName === 'listItem' ? child.toArray() : [];
  return inner.length === 1 && inner[0] instanceof Y.XmlElement && inner[0].nodeName === 'paragraph' ? inner[0] : undefined;
}

/** Lists and quotes hold one line per item or paragraph. */
function setContainerLines(container: Y.XmlElement, text: string): void {
  const wanted = text.split('\n').filter((line) => line.trim() !== '');
  const children = container.toArray();
  wanted.forEach((line, index) => {
    const holder = index < children.length ? textHolder(children[index]) : undefined;
    if (holder) setBlockText(holder, line);
    else {
      if (index < children.length) container.delete(index, 1);
      container.insert(index, [containerChild(container, line)]);
    }
  });
  if (children.length > wanted.length) container.delete(wanted.length, children.length - wanted.length);
}

/** Sets a clause's text; a heading or paragraph is one line, a list or quote one item or paragraph per line. */
export function writeClauseText(node: Y.XmlElement | Y.XmlText, text: string): void {
  const normalized = text.normalize('NFC');
  if (clauseText(node) === normalized) return;
  if (node instanceof Y.XmlText) return setText(node, normalized.replace(/\n+/g, ' '));
  switch (clauseKind(node)) {
    case 'bulletList':
    case 'orderedList':
    case 'blockquote':
      return setContainerLines(node, normalized);
    case 'codeBlock':
      return setBlockText(node, normalized);
    default:
      return setBlockText(node, normalized.replace(/\n+/g, ' '));
  }
}

/** A new, empty block of the same kind as the source clause (a heading keeps its level), for its translation. */
export function clauseLike(source: Y.XmlElement | Y.XmlText): Y.XmlElement {
  const kind = clauseKind(source);
  if (kind === 'other') return new Y.XmlElement('paragraph');
  const element = new Y.XmlElement(kind);
  if (kind === 'heading' && source instanceof Y.XmlElement) {
    const level = Number(source.getAttribute('level'));
    (element as Y.XmlElement<{ level: number }>).setAttribute('level', Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2);
  }
  return element;
}
