/** What the renderer needs from its host, with one implementation per host, chosen once at start-up. */
export interface Platform {
  readonly kind: 'electron' | 'web';
  /** Lets the user save text to a file of their choice; false when they cancel. */
  saveFile(suggestedName: string, contents: string, mimeType: string): Promise<boolean>;
  getLastWorkspaceId(): Promise<string | null>;
  setLastWorkspaceId(id: string | null): Promise<void>;
}
