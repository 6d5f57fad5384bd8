import { toHexString } from 'lib0/buffer';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { toBase64Url } from '../integrity/base64';
import { deriveWorkspaceBytes, seal, unseal } from './workspace-key';

/**
 * The envelope a relay stores for a workspace: a Y.Doc holding one Y.Array of sealed blobs. The
 * relay merges it as ordinary Yjs and never holds the key; members open the blobs and apply them.
 *
 * A blob is `format ‖ kind ‖ id(16) ‖ IV ‖ ciphertext+tag`; the first 18 bytes are the seal's
 * authenticated header, so a blob's id or kind cannot be swapped without `openBlob` refusing it.
 * Plaintext: varUint count of covered ids, those ids (16 bytes each), then the Yjs update (V2).
 */

export const ENVELOPE_ARRAY = 'sealed';
/** Larger blobs are refused on open; the relay's message limit sits above it (relay-server.ts). */
export const MAX_BLOB_BYTES = 8 * 1024 * 1024;
export const RELAY_NAME_PATTERN = /^cd1-[A-Za-z0-9_-]{43}$/;

const FORMAT = 1;
const ID_BYTES = 16;
const HEADER_BYTES = 2 + ID_BYTES;
/** IV and GCM tag: no sealed blob is shorter. */
const SEAL_OVERHEAD = 12 + 16;
const MAX_COVERED = 100_000;

export type BlobKind = 'batch' | 'fold';
const KIND_BYTE: Record<BlobKind, number> = { batch: 1, fold: 2 };

export interface BlobHeader {
  id: string;
  kind: BlobKind;
}

export interface OpenedBlob extends BlobHeader {
  /** A Yjs update, V2 encoding, already parsed once so applying it cannot fail half-way. */
  update: Uint8Array;
  /** For a fold: the blobs its snapshot replaces. */
  covers: string[];
}

/** The envelope's name on a relay: derived from the secret, so neither the id nor the coalition can be guessed from it. */
export async function relayDocumentName(secret: string, workspaceId: string): Promise<string> {
  return `cd1-${toBase64Url(await deriveWorkspaceBytes(secret, workspaceId, 'relay-name'))}`;
}

export function isRelayDocumentName(name: string): boolean {
  return RELAY_NAME_PATTERN.test(name);
}

export function envelopeBlobs(envelope: Y.Doc): Y.Array<unknown> {
  return envelope.getArray<unknown>(ENVELOPE_ARRAY);
}

/** The clear part of a blob, or undefined for anything that is not one of ours (any relay member can push junk). */
export function readBlobHeader(value: unknown): BlobHeader | undefined {
  if (!(value instanceof Uint8Array) || value.length < HEADER_BYTES + SEAL_OVERHEAD || value.length > MAX_BLOB_BYTES) return undefined;
  if (value[0] !== FORMAT) return undefined;
  const kind = value[1] === KIND_BYTE.batch ? 'batch' : value[1] === KIND_BYTE.fold ? 'fold' : undefined;
  if (!kind) return undefined;
  return { id: toHexString(value.subarray(2, HEADER_BYTES)), kind };
}

function encodePlaintext(update: Uint8Array, covers: readonly string[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, covers.length);
  for (const id of covers) {
    const bytes = Uint8Array.from(id.match(/../g) ?? [], (pair) => parseInt(pair, 16));
    if (bytes.length !== ID_BYTES) throw new Error(`not a blob id: ${id}`);
    encoding.writeUint8Array(encoder, bytes);
  }
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

function decodePlaintext(plaintext: Uint8Array): { update: Uint8Array; covers: string[] } | undefined {
  try {
    const decoder = decoding.createDecoder(plaintext);
    const count = decoding.readVarUint(decoder);
    if (count > MAX_COVERED) return undefined;
    const covers: string[] = [];
    for (let index = 0; index < count; index++) covers.push(toHexString(decoding.readUint8Array(decoder, ID_BYTES)));
    const update = decoding.readVarUint8Array(decoder);
    if (decoding.hasContent(decoder)) return undefined;
    // A full parse: a sealed but malformed update is refused here, before it touches any document.
    Y.decodeUpdateV2(update);
    return { update, covers };
  } catch {
    return undefined;
  }
}

export class BlobTooLargeError extends Error {
  constructor(readonly bytes: number) {
    super(`a sealed blob of ${bytes} bytes is over the limit of ${MAX_BLOB_BYTES}`);
  }
}

/** Seals a Yjs update (V2) as a new blob with a fresh random id; throws BlobTooLargeError above the limit. */
export async function sealBlob(key: CryptoKey, kind: BlobKind, update: Uint8Array, covers: readonly string[] = []): Promise<{ id: string; bytes: Uint8Array }> {
  const header = new Uint8Array(HEADER_BYTES);
  header[0] = FORMAT;
  header[1] = KIND_BYTE[kind];
  header.set(crypto.getRandomValues(new Uint8Array(ID_BYTES)), 2);
  const sealed = await seal(key, encodePlaintext(update, covers), header);
  const bytes = new Uint8Array(HEADER_BYTES + sealed.length);
  // No member could open it and the relay would drop the connection that carried it.
  if (bytes.length > MAX_BLOB_BYTES) throw new BlobTooLargeError(bytes.length);
  bytes.set(header, 0);
  bytes.set(sealed, HEADER_BYTES);
  return { id: toHexString(header.subarray(2)), bytes };
}

/** The blob's content, or undefined when it is malformed, from another key, or altered in any byte. */
export async function openBlob(key: CryptoKey, value: unknown): Promise<OpenedBlob | undefined> {
  const header = readBlobHeader(value);
  if (!header || !(value instanceof Uint8Array)) return undefined;
  const plaintext = await unseal(key, value.subarray(HEADER_BYTES), value.subarray(0, HEADER_BYTES));
  const content = plaintext && decodePlaintext(plaintext);
  return content ? { ...header, ...content } : undefined;
}

/**
 * Replaces the covered blobs by one fold blob, in one transaction. Only the ids listed are deleted,
 * so a blob appended meanwhile (here or, merged later, by another member) stays.
 */
export function commitFold(envelope: Y.Doc, fold: { bytes: Uint8Array }, covered: ReadonlySet<string>, origin: unknown): void {
  const blobs = envelopeBlobs(envelope);
  envelope.transact(() => {
    for (let index = blobs.length - 1; index >= 0; index--) {
      const header = readBlobHeader(blobs.get(index));
      if (header && covered.has(header.id)) blobs.delete(index, 1);
    }
    blobs.push([fold.bytes]);
  }, origin);
}
