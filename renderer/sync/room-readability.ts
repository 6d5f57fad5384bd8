import { fromBase64, toBase64 } from 'lib0/buffer';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

interface SignalingMessage {
  type?: unknown;
  topic?: unknown;
  data?: unknown;
}

/** What y-webrtc's signaling connection lets us listen to (a lib0 Observable). */
export interface ObservableSignalingConn {
  on(event: 'message', listener: (message: SignalingMessage) => void): void;
  off(event: 'message', listener: (message: SignalingMessage) => void): void;
}

/** Seals a signaling payload as y-webrtc does (lib0 `writeAny`, AES-GCM, lib0 framing). */
export async function sealAnnouncement(payload: Record<string, string>, key: CryptoKey): Promise<string> {
  const plain = encoding.createEncoder();
  encoding.writeAny(plain, payload);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const cipher = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, encoding.toUint8Array(plain)));
  const framed = encoding.createEncoder();
  encoding.writeVarString(framed, 'AES-GCM');
  encoding.writeVarUint8Array(framed, iv);
  encoding.writeVarUint8Array(framed, cipher);
  return toBase64(encoding.toUint8Array(framed));
}

/** Whether a y-webrtc signaling payload (AES-GCM under the room key, lib0-framed) opens with `key`. */
async function opens(data: string, key: CryptoKey): Promise<boolean> {
  try {
    const decoder = decoding.createDecoder(fromBase64(data));
    if (decoding.readVarString(decoder) !== 'AES-GCM') return false;
    const iv = decoding.readVarUint8Array(decoder);
    const cipher = decoding.readVarUint8Array(decoder);
    await crypto.subtle.decrypt({ name: 'AES-GCM', iv: iv.slice() }, key, cipher.slice());
    return true;
  } catch {
    return false;
  }
}

/**
 * Watches the room's announcements on the signaling servers. Members who hold a newer secret
 * still meet in the same room (it is named from the workspace id), but seal their announcements
 * with a key this install cannot open: that is how an out-of-date invite or a missed rotation
 * shows, where otherwise nothing would ever arrive and nobody would say why.
 */
export class RoomReadability {
  private unreadable = 0;
  private readonly watched = new Set<ObservableSignalingConn>();

  constructor(
    private readonly room: string,
    private readonly key: PromiseLike<CryptoKey | null>,
    private readonly onChange: () => void,
  ) {}

  /** Someone in the room sealed an announcement with another secret (since the last reset). */
  get foreignAnnouncements(): number {
    return this.unreadable;
  }

  watch(conns: readonly ObservableSignalingConn[]): void {
    for (const conn of conns) {
      if (this.watched.has(conn)) continue;
      this.watched.add(conn);
      conn.on('message', this.onMessage);
    }
  }

  destroy(): void {
    this.watched.forEach((conn) => conn.off('message', this.onMessage));
    this.watched.clear();
  }

  private readonly onMessage = (message: SignalingMessage): void => {
    if (message.type !== 'publish' || message.topic !== this.room || typeof message.data !== 'string') return;
    const data = message.data;
    void Promise.resolve(this.key).then(async (key) => {
      if (!key || (await opens(data, key))) return;
      this.unreadable += 1;
      this.onChange();
    });
  };
}
