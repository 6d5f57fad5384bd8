import * as Y from 'yjs';
import { BlobTooLargeError, commitFold, envelopeBlobs, openBlob, readBlobHeader, sealBlob } from './relay-envelope';

type BlobState = 'opening' | 'applied' | 'unreadable';

/**
 * One member's side of a relay envelope: opens blobs as they arrive and applies them to the
 * workspace, seals what the envelope lacks, and folds. Transport-free, so it is tested in Node.
 *
 * `held` mirrors what the envelope is known to hold (every blob opened here and every blob sealed
 * here). An update is sealed only for its part `held` lacks: a change that reached this member by
 * WebRTC or a file after another member already put it in the envelope is not uploaded again.
 */
export class EnvelopeReplica {
  readonly envelope: Y.Doc;
  private readonly blobs: Map<string, BlobState> = new Map();
  private readonly held = new Y.Doc();
  private readonly ownOrigin = Symbol('envelope-replica');

  constructor(
    private readonly key: CryptoKey,
    private readonly workspace: Y.Doc,
    /** The transaction origin of changes applied from the envelope, so they are not sealed back. */
    readonly applyOrigin: unknown,
    envelope: Y.Doc = new Y.Doc(),
  ) {
    this.envelope = envelope;
  }

  /** The state vector of everything opened from or sealed into the envelope. */
  heldVector(): Map<number, number> {
    return Y.decodeStateVector(Y.encodeStateVector(this.held));
  }

  /** How many blobs the envelope holds now, readable or not. */
  get blobCount(): number {
    return envelopeBlobs(this.envelope).length;
  }

  /** Opens and applies every blob not seen before. Resolves with how many were applied. */
  async absorb(): Promise<number> {
    const fresh: Array<{ id: string; value: unknown }> = [];
    for (const value of envelopeBlobs(this.envelope).toArray()) {
      const header = readBlobHeader(value);
      if (!header || this.blobs.has(header.id)) continue;
      this.blobs.set(header.id, 'opening');
      fresh.push({ id: header.id, value });
    }
    const opened = await Promise.all(fresh.map(({ value }) => openBlob(this.key, value)));
    let applied = 0;
    opened.forEach((blob, index) => {
      const id = fresh[index]?.id as string;
      if (!blob) {
        // Another key or junk: left where it is, never applied, never folded away.
        this.blobs.set(id, 'unreadable');
        return;
      }
      try {
        // `held` first: whoever watches the workspace's updates then finds the envelope holding this one.
        Y.applyUpdateV2(this.held, blob.update);
        Y.applyUpdateV2(this.workspace, blob.update, this.applyOrigin);
        this.blobs.set(id, 'applied');
        applied++;
      } catch {
        // Parsed but not applicable: not folded away, and the blobs after it still apply.
        this.blobs.set(id, 'unreadable');
      }
    });
    return applied;
  }

  /** The part of a workspace update (V1) the envelope does not hold yet (V2), or undefined when it holds all of it. */
  missing(update: Uint8Array): Uint8Array | undefined {
    let novel: Uint8Array | undefined;
    const capture = (part: Uint8Array) => (novel = part);
    this.held.on('updateV2', capture);
    try {
      Y.applyUpdate(this.held, update);
    } finally {
      this.held.off('updateV2', capture);
    }
    return novel;
  }

  /** Everything this member has that the envelope lacks, e.g. edits made while the relay was out of reach. */
  missingFromWorkspace(): Uint8Array | undefined {
    return this.missing(Y.encodeStateAsUpdate(this.workspace));
  }

  /** Seals an update (V2, usually from `missing`) and appends it. */
  async upload(update: Uint8Array): Promise<string> {
    const blob = await sealBlob(this.key, 'batch', update);
    this.blobs.set(blob.id, 'applied');
    envelopeBlobs(this.envelope).push([blob.bytes]);
    return blob.id;
  }

  /**
   * Replaces every blob applied here by one sealed snapshot of the workspace. The covered ids and
   * the snapshot are taken together, before any await: everything covered is in the snapshot, and a
   * blob arriving during the seal is not covered, so it stays. Resolves false when nothing to fold.
   */
  async fold(): Promise<boolean> {
    const covered = new Set<string>();
    for (const value of envelopeBlobs(this.envelope).toArray()) {
      const header = readBlobHeader(value);
      if (header && this.blobs.get(header.id) === 'applied') covered.add(header.id);
    }
    if (covered.size < 2) return false;
    const snapshot = Y.encodeStateAsUpdateV2(this.workspace);
    let fold: Awaited<ReturnType<typeof sealBlob>>;
    try {
      fold = await sealBlob(this.key, 'fold', snapshot, [...covered]);
    } catch (error) {
      // A workspace grown past one blob keeps its blobs unfolded rather than lose any.
      if (error instanceof BlobTooLargeError) return false;
      throw error;
    }
    this.blobs.set(fold.id, 'applied');
    Y.applyUpdateV2(this.held, snapshot);
    commitFold(this.envelope, fold, covered, this.ownOrigin);
    return true;
  }

  destroy(): void {
    this.held.destroy();
  }
}
