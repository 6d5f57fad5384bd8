/** Small helpers the bench page's tasks share. */

export interface Trace {
  startContent: string;
  endContent: string;
  txns: Array<{ patches: Array<[number, number, string]> }>;
}

/** The gzipped trace, served as plain bytes by the bench server and inflated here. */
export async function loadTrace(url = './trace.json.gz'): Promise<Trace> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`cannot fetch ${url}: ${response.status}`);
  const inflated = response.body.pipeThrough(new DecompressionStream('gzip'));
  return (await new Response(inflated).json()) as Trace;
}

export async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`cannot fetch ${url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Resolves once `element`'s text has `length` characters and ends with `tail`; checked on every DOM mutation. */
export function whenTextShown(root: Node, find: () => Element | null, length: number, tail: string): Promise<number> {
  return new Promise((resolve) => {
    const check = (): boolean => {
      const text = find()?.textContent ?? '';
      if (text.length < length || !text.endsWith(tail)) return false;
      observer.disconnect();
      resolve(performance.now());
      return true;
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    check();
  });
}
