export interface StaticServer {
  url: string;
  /** The served copy: changing files here changes what the server sends next. */
  root: string;
  close(): Promise<void>;
}
export declare function serveStatic(dir: string): Promise<StaticServer>;

/** A folder served under a URL prefix; with `fallback`, a missing file gets the folder's index.html. */
export interface Mount {
  prefix: string;
  dir: string;
  fallback?: boolean;
}
/** A path answered from memory, ahead of the folders. */
export interface Override {
  type: string;
  body(): string | Uint8Array;
}
export declare function serveFolders(mounts: readonly Mount[], overrides?: ReadonlyMap<string, Override>): Promise<{ url: string; close(): Promise<void> }>;
export declare function contentType(file: string): string;
