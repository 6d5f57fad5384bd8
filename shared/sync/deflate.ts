/**
 * Raw DEFLATE through the platform's CompressionStream (Chromium, Node 20), with a ceiling on what
 * inflating may produce: a small file that would unpack to gigabytes is refused while it unpacks.
 */
async function collect(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array[] | 'too-large'> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return 'too-large';
    }
    chunks.push(value);
  }
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

function through(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): ReadableStream<Uint8Array> {
  // One chunk in; a failure to write (corrupt input, a cancelled read) surfaces on the reading
  // side, where it is handled, so the writer's own promises are only kept from going unhandled.
  const writer = transform.writable.getWriter();
  writer.write(bytes.slice()).catch(() => undefined);
  writer.close().catch(() => undefined);
  return transform.readable;
}

export async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const chunks = await collect(through(bytes, new CompressionStream('deflate-raw')), Number.MAX_SAFE_INTEGER);
  return concat(chunks === 'too-large' ? [] : chunks);
}

export type InflateResult = { ok: true; bytes: Uint8Array } | { ok: false; error: 'too-large' | 'corrupted' };

export async function inflateBounded(bytes: Uint8Array, maxBytes: number): Promise<InflateResult> {
  try {
    const chunks = await collect(through(bytes, new DecompressionStream('deflate-raw')), maxBytes);
    return chunks === 'too-large' ? { ok: false, error: 'too-large' } : { ok: true, bytes: concat(chunks) };
  } catch {
    return { ok: false, error: 'corrupted' };
  }
}
