import type { BackupSettings, OpenedSyncFile, RotatingBackup, SecretProtection } from '../../shared/ipc/contract';
import type { DiscoveredLanHost, LanAddress, LanHostingRequest, LanHostingStatus } from '../../shared/sync/lan-protocol';

/**
 * The outcome of a host-dependent operation: the web edition answers 'unsupported'; the desktop
 * app answers 'failed' when the main process refused or could not do it.
 */
export type PlatformOutcome<T> = { ok: true; value: T } | { ok: false; reason: 'unsupported' } | { ok: false; reason: 'failed'; message: string };

/** Hosting a signaling server on the LAN and finding hosts there: desktop app only. */
export interface LanPlatform {
  listAddresses(): Promise<PlatformOutcome<LanAddress[]>>;
  startHosting(request: LanHostingRequest): Promise<PlatformOutcome<LanHostingStatus>>;
  stopHosting(): Promise<PlatformOutcome<LanHostingStatus>>;
  hostingStatus(): Promise<PlatformOutcome<LanHostingStatus>>;
  startDiscovery(): Promise<PlatformOutcome<null>>;
  stopDiscovery(): Promise<PlatformOutcome<null>>;
  /** Polled: the hosts announcing on the LAN now, already validated by the main process. */
  listDiscovered(): Promise<PlatformOutcome<DiscoveredLanHost[]>>;
}

/** Automatic daily backups to a folder: desktop app only (the main process picks and holds the folder). */
export interface BackupsPlatform {
  settings(): Promise<PlatformOutcome<BackupSettings>>;
  choose(choice: Pick<BackupSettings, 'enabled' | 'keep'>): Promise<PlatformOutcome<BackupSettings>>;
  /** Opens the folder dialog; cancelling returns the settings unchanged. */
  chooseFolder(): Promise<PlatformOutcome<BackupSettings>>;
  isDue(workspaceId: string): Promise<PlatformOutcome<boolean>>;
  save(workspaceId: string, contents: Uint8Array): Promise<PlatformOutcome<{ name: string; removed: string[] }>>;
  /** Every automatic backup in the folder, newest first. */
  list(): Promise<PlatformOutcome<RotatingBackup[]>>;
  read(name: string): Promise<PlatformOutcome<Uint8Array>>;
}

/** What the renderer needs from its host, with one implementation per host, chosen once at start-up. */
export interface Platform {
  readonly kind: 'electron' | 'web';
  /** Lets the user save text to a file of their choice; false when they cancel. */
  saveFile(suggestedName: string, contents: string, mimeType: string): Promise<boolean>;
  saveBytesFile(suggestedName: string, contents: Uint8Array, mimeType: string): Promise<boolean>;
  /**
   * Prints the page's print view (renderer/dissent/print-view.ts) to PDF: the desktop app writes the
   * file the user picks; a browser opens its print dialog, where "Save as PDF" is a destination.
   */
  printPdf(suggestedName: string): Promise<'saved' | 'cancelled' | 'print-dialog'>;
  /** Sync files the OS asked the desktop app to open since the last call; a browser has none. */
  takeOpenedSyncFiles(): Promise<OpenedSyncFile[]>;
  getLastWorkspaceId(): Promise<string | null>;
  setLastWorkspaceId(id: string | null): Promise<void>;
  /** Whether sealSecret is protected by the OS ('no-keyring': it seals, with a fixed key that protects nothing). */
  secretProtection(): Promise<SecretProtection>;
  /** Seals a secret with the OS credential store (desktop app); null where there is none, as in a browser. */
  sealSecret(plainText: string): Promise<string | null>;
  /** `resealed`, when set, replaces the stored sealed form (the OS rotated its key). */
  openSecret(sealed: string): Promise<{ plainText: string; resealed: string | null } | null>;
  readonly lan: LanPlatform;
  readonly backups: BackupsPlatform;
}
