import { digest } from 'lib0/hash/sha256';
import * as Y from 'yjs';
import { z } from 'zod';
import { fromBase64Url, toBase64Url } from '../integrity/base64';

/**
 * What a peer says it has of a workspace: its state vector (which insertions), how many deleted
 * units its delete set holds, and a digest of both. Deleting text does not advance a state vector,
 * so the vector alone would call two copies equal while one still lacks a deletion.
 */
export interface StateReport {
  /** The reporting connection's y-webrtc peer id, to tell which connection the report is about. */
  peer: string;
  vector: Map<number, number>;
  deleted: number;
  digest: string;
}

/** Awareness carries JSON; the vector travels as base64url of Yjs' own encoding. */
export interface StateReportWire {
  peer: string;
  vector: string;
  deleted: number;
  digest: string;
}

const MAX_VECTOR_CHARS = 32 * 1024;

const WireSchema = z.object({
  peer: z.string().min(1).max(64),
  vector: z.string().max(MAX_VECTOR_CHARS).regex(/^[A-Za-z0-9_-]*$/),
  deleted: z.number().int().nonnegative(),
  digest: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
});

export function reportOf(doc: Y.Doc, peer: string): StateReport {
  const snapshot = Y.snapshot(doc);
  let deleted = 0;
  snapshot.ds.clients.forEach((items) => items.forEach((item) => (deleted += item.len)));
  // encodeSnapshot writes clients in a fixed order and the delete set in maximal ranges, so two
  // copies with the same content give the same bytes however their structs were split.
  return { peer, vector: snapshot.sv, deleted, digest: toBase64Url(digest(Y.encodeSnapshot(snapshot))) };
}

export function toWire(report: StateReport): StateReportWire {
  return { peer: report.peer, vector: toBase64Url(Y.encodeStateVector(report.vector)), deleted: report.deleted, digest: report.digest };
}

/** A report from a peer's awareness state, or undefined when it is missing or malformed. */
export function parseReport(value: unknown): StateReport | undefined {
  const parsed = WireSchema.safeParse(value);
  if (!parsed.success) return undefined;
  try {
    return { ...parsed.data, vector: Y.decodeStateVector(fromBase64Url(parsed.data.vector)) };
  } catch {
    return undefined;
  }
}
