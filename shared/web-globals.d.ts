/**
 * The Web-standard globals shared/ may use, declared for shared/'s own typecheck only.
 *
 * Why not lib "DOM" or @types/node: either would let shared/ touch `window`, `document`,
 * `process` or `Buffer` and still compile, and shared/ must run unchanged in the renderer (a
 * browser page) and in Node (the main process, the servers, the unit tests). Everything here
 * exists in Chromium and in Node 20 alike, typed only as far as shared/ calls it. The renderer and
 * electron/ projects check the same files against the real DOM and Node declarations, so a
 * signature here that drifted from the platform's would fail there.
 *
 * Adding a name here is a layer decision: it must be a WinterCG/WHATWG global present in both.
 */

type BufferSource = ArrayBufferView<ArrayBuffer> | ArrayBuffer;
type KeyUsage = 'decrypt' | 'deriveBits' | 'deriveKey' | 'encrypt' | 'sign' | 'unwrapKey' | 'verify' | 'wrapKey';
type KeyFormat = 'pkcs8' | 'raw' | 'spki';

interface Algorithm {
  name: string;
}
interface AesKeyGenParams extends Algorithm {
  length: number;
}
interface AesGcmParams extends Algorithm {
  iv: BufferSource;
  additionalData?: BufferSource;
}
interface HkdfParams extends Algorithm {
  hash: string;
  salt: BufferSource;
  info: BufferSource;
}
interface Pbkdf2Params extends Algorithm {
  hash: string;
  salt: BufferSource;
  iterations: number;
}
type AlgorithmIdentifier = string | Algorithm | AesKeyGenParams | AesGcmParams | HkdfParams | Pbkdf2Params;

interface CryptoKey {
  readonly algorithm: Algorithm;
  readonly extractable: boolean;
  readonly type: 'private' | 'public' | 'secret';
  readonly usages: KeyUsage[];
}
interface CryptoKeyPair {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
}

interface SubtleCrypto {
  decrypt(algorithm: AlgorithmIdentifier, key: CryptoKey, data: BufferSource): Promise<ArrayBuffer>;
  deriveBits(algorithm: AlgorithmIdentifier, baseKey: CryptoKey, length: number): Promise<ArrayBuffer>;
  deriveKey(algorithm: AlgorithmIdentifier, baseKey: CryptoKey, derivedKeyType: AlgorithmIdentifier, extractable: boolean, keyUsages: KeyUsage[]): Promise<CryptoKey>;
  digest(algorithm: AlgorithmIdentifier, data: BufferSource): Promise<ArrayBuffer>;
  encrypt(algorithm: AlgorithmIdentifier, key: CryptoKey, data: BufferSource): Promise<ArrayBuffer>;
  exportKey(format: KeyFormat, key: CryptoKey): Promise<ArrayBuffer>;
  generateKey(algorithm: AlgorithmIdentifier, extractable: boolean, keyUsages: KeyUsage[]): Promise<CryptoKey | CryptoKeyPair>;
  importKey(format: KeyFormat, keyData: BufferSource, algorithm: AlgorithmIdentifier, extractable: boolean, keyUsages: KeyUsage[]): Promise<CryptoKey>;
  sign(algorithm: AlgorithmIdentifier, key: CryptoKey, data: BufferSource): Promise<ArrayBuffer>;
  verify(algorithm: AlgorithmIdentifier, key: CryptoKey, signature: BufferSource, data: BufferSource): Promise<boolean>;
}
interface Crypto {
  readonly subtle: SubtleCrypto;
  getRandomValues<T extends ArrayBufferView>(array: T): T;
  randomUUID(): `${string}-${string}-${string}-${string}-${string}`;
}
// eslint-disable-next-line no-var -- a property of globalThis (`globalThis.crypto`), which let/const are not
declare var crypto: Crypto;

declare class TextEncoder {
  encode(input?: string): Uint8Array<ArrayBuffer>;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer): string;
}

declare class URL {
  constructor(url: string, base?: string);
  readonly hash: string;
  readonly host: string;
  readonly hostname: string;
  readonly href: string;
  readonly origin: string;
  readonly password: string;
  readonly pathname: string;
  readonly port: string;
  readonly protocol: string;
  readonly search: string;
  readonly username: string;
}

declare function atob(data: string): string;
declare function btoa(data: string): string;
declare function structuredClone<T>(value: T): T;

type ReadableStreamReadResult<R> = { done: false; value: R } | { done: true; value?: undefined };
interface ReadableStreamDefaultReader<R> {
  read(): Promise<ReadableStreamReadResult<R>>;
  cancel(reason?: unknown): Promise<void>;
}
interface ReadableStream<R> {
  getReader(): ReadableStreamDefaultReader<R>;
}
interface WritableStreamDefaultWriter<W> {
  write(chunk: W): Promise<void>;
  close(): Promise<void>;
}
interface WritableStream<W> {
  getWriter(): WritableStreamDefaultWriter<W>;
}
type CompressionFormat = 'deflate' | 'deflate-raw' | 'gzip';
declare class CompressionStream {
  constructor(format: CompressionFormat);
  readonly readable: ReadableStream<Uint8Array<ArrayBuffer>>;
  readonly writable: WritableStream<BufferSource>;
}
declare class DecompressionStream {
  constructor(format: CompressionFormat);
  readonly readable: ReadableStream<Uint8Array<ArrayBuffer>>;
  readonly writable: WritableStream<BufferSource>;
}
