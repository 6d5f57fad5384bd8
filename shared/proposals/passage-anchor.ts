import { z } from 'zod';
import * as Y from 'yjs';
import { base64ToBytes, bytesToBase64 } from '../integrity/base64';

/**
 * A passage held as two Yjs relative positions (base64), so it follows concurrent edits instead
 * of pointing at offsets that drift. The quote is the text when anchored, shown if the passage is deleted.
 */
export const PassageAnchorSchema = z.object({
  start: z.string().min(1).max(512),
  end: z.string().min(1).max(512),
  quote: z.string().max(2000),
});
export type PassageAnchor = z.infer<typeof PassageAnchorSchema>;

export interface AnchorPoint {
  /** A Y.XmlText (index = character offset) or a Y.XmlFragment/Y.XmlElement (index = child offset). */
  type: Y.XmlText | Y.XmlFragment;
  index: number;
}

function encode(position: Y.RelativePosition): string {
  return bytesToBase64(Y.encodeRelativePosition(position));
}

function decode(base64: string): Y.RelativePosition | undefined {
  const bytes = base64ToBytes(base64);
  if (!bytes) return undefined;
  try {
    return Y.decodeRelativePosition(bytes);
  } catch {
    return undefined;
  }
}

/** The start sticks to the first character of the passage and the end to its last, so typing at either edge stays outside. */
export function createAnchor(start: AnchorPoint, end: AnchorPoint, quote: string): PassageAnchor {
  return {
    start: encode(Y.createRelativePositionFromTypeIndex(start.type, start.index, 0)),
    end: encode(Y.createRelativePositionFromTypeIndex(end.type, end.index, -1)),
    quote: quote.slice(0, 2000),
  };
}

/** An anchor on [from, to) of one text node, quoting that range. */
export function createTextAnchor(text: Y.XmlText, from: number, to: number): PassageAnchor {
  return createAnchor({ type: text, index: from }, { type: text, index: to }, plainText(text).slice(from, to));
}

function plainText(text: Y.XmlText): string {
  return text
    .toDelta()
    .map((op: { insert?: unknown }) => (typeof op.insert === 'string' ? op.insert : ''))
    .join('');
}

function asAnchorType(type: unknown): Y.XmlText | Y.XmlFragment | undefined {
  return type instanceof Y.XmlText || type instanceof Y.XmlFragment ? type : undefined;
}

export interface ResolvedAnchor {
  start: AnchorPoint;
  end: AnchorPoint;
  /** The passage's current text when both ends sit in one text node; otherwise undefined. */
  text: string | undefined;
}

/** Where the passage is now, or undefined when its text was deleted or the anchor is malformed (show the quote instead). */
export function resolveAnchor(doc: Y.Doc, anchor: PassageAnchor): ResolvedAnchor | undefined {
  const startPosition = decode(anchor.start);
  const endPosition = decode(anchor.end);
  if (!startPosition || !endPosition) return undefined;
  let start: Y.AbsolutePosition | null;
  let end: Y.AbsolutePosition | null;
  try {
    start = Y.createAbsolutePositionFromRelativePosition(startPosition, doc);
    end = Y.createAbsolutePositionFromRelativePosition(endPosition, doc);
  } catch {
    return undefined;
  }
  const startType = start && asAnchorType(start.type);
  const endType = end && asAnchorType(end.type);
  if (!start || !end || !startType || !endType) return undefined;
  const sameText = startType === endType && startType instanceof Y.XmlText;
  // The end sticks to the passage's last character: once it is at or before the start, the passage was deleted.
  if (sameText && end.index <= start.index) return undefined;
  return {
    start: { type: startType, index: start.index },
    end: { type: endType, index: end.index },
    text: startType instanceof Y.XmlText && sameText ? plainText(startType).slice(start.index, end.index) : undefined,
  };
}
