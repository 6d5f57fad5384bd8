import type * as Y from 'yjs';
import { canonicalJson } from './canonical-json';
import { sha256Hex } from './digest';
import { parseRecords } from '../workspace-doc/map-records';
import { JoinRequestSchema, type JoinRequest } from './join-request';

export const JOIN_REQUESTS = 'joinRequests';

/**
 * Join requests waiting for a countersignature, in the workspace's Y.Doc so the inviter's app or any
 * coordinator's can answer when it is next online. Keyed by content hash: a request is never replaced.
 */
export class JoinRequestsDoc {
  constructor(readonly ydoc: Y.Doc) {}

  private get map(): Y.Map<unknown> {
    return this.ydoc.getMap(JOIN_REQUESTS);
  }

  async put(request: JoinRequest): Promise<string> {
    const parsed = JoinRequestSchema.parse(request);
    const key = await sha256Hex(canonicalJson(parsed));
    if (!this.map.has(key)) this.map.set(key, parsed);
    return key;
  }

  /** Only well-formed requests; signatures are checked by admissionFor(). */
  list(): JoinRequest[] {
    return parseRecords(this.map, JoinRequestSchema).valid;
  }
}
