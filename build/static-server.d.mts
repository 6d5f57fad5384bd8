export interface StaticServer {
  url: string;
  /** The served copy: changing files here changes what the server sends next. */
  root: string;
  close(): Promise<void>;
}
export declare function serveStatic(dir: string): Promise<StaticServer>;
