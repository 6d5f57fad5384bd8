import * as Y from 'yjs';
import { base64ToBytes, bytesToBase64 } from '../integrity/base64';
import { sha256Hex } from '../integrity/digest';
import { bodyBlocks, type ExportBlock } from './body-blocks';

const BODY = 'body';
/** A charter is tens of kilobytes; anything far beyond is not an adopted text but a peer's flood. */
export const MAX_ADOPTED_TEXT_CHARS = 8_000_000;

/**
 * The adopted body as a Yjs update (V2) of a copy, base64. The workspace doc garbage-collects
 * deleted content (gc on, decision 0033), so a Y.snapshot of it could not bring the text back once
 * the next draft deletes it; a copy holds the text itself.
 */
export function encodeAdoptedText(body: Y.XmlFragment): string {
  const copy = new Y.Doc();
  const fragment = copy.getXmlFragment(BODY);
  copy.transact(() => {
    fragment.insert(0, body.toArray().map((node) => node.clone() as Y.XmlElement | Y.XmlText));
  });
  const update = Y.encodeStateAsUpdateV2(copy);
  copy.destroy();
  return bytesToBase64(update);
}

export function adoptedTextDigest(encoded: string): Promise<string> {
  return sha256Hex(encoded);
}

export type AdoptedText = { ok: true; blocks: ExportBlock[] } | { ok: false; reason: 'missing' | 'altered' | 'unreadable' };

/** Reads a stored adopted text back, refusing one whose digest is not the one the adoption signed. */
export async function decodeAdoptedText(encoded: unknown, signedDigest: string | null): Promise<AdoptedText> {
  if (typeof encoded !== 'string' || signedDigest === null) return { ok: false, reason: 'missing' };
  if (encoded.length > MAX_ADOPTED_TEXT_CHARS) return { ok: false, reason: 'unreadable' };
  if ((await adoptedTextDigest(encoded)) !== signedDigest) return { ok: false, reason: 'altered' };
  const bytes = base64ToBytes(encoded);
  if (!bytes) return { ok: false, reason: 'unreadable' };
  const copy = new Y.Doc();
  try {
    Y.applyUpdateV2(copy, bytes);
    return { ok: true, blocks: bodyBlocks(copy.getXmlFragment(BODY)) };
  } catch {
    return { ok: false, reason: 'unreadable' };
  } finally {
    copy.destroy();
  }
}
