import type { BackupsPlatform, LanPlatform, Platform } from './platform';

/** A browser can neither listen for connections nor send multicast: LAN hosting needs the desktop app. */
const unsupported = async () => ({ ok: false, reason: 'unsupported' }) as const;
export const webLan: LanPlatform = {
  listAddresses: unsupported,
  startHosting: unsupported,
  stopHosting: unsupported,
  hostingStatus: unsupported,
  startDiscovery: unsupported,
  stopDiscovery: unsupported,
  listDiscovered: unsupported,
};

export const webBackups: BackupsPlatform = {
  settings: unsupported,
  choose: unsupported,
  chooseFolder: unsupported,
  isDue: unsupported,
  save: unsupported,
  list: unsupported,
  read: unsupported,
};

const LAST_WORKSPACE_KEY = 'coalition-desk:last-workspace';

function download(suggestedName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = suggestedName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function webPlatform(): Platform {
  return {
    kind: 'web',
    // A browser has no credential store to seal with: the key stays a non-extractable CryptoKey.
    secretProtection: async () => 'unavailable',
    sealSecret: async () => null,
    openSecret: async () => null,
    async saveFile(suggestedName, contents, mimeType) {
      download(suggestedName, new Blob([contents], { type: mimeType }));
      return true;
    },
    async saveBytesFile(suggestedName, contents, mimeType) {
      download(suggestedName, new Blob([contents.slice().buffer], { type: mimeType }));
      return true;
    },
    // The browser's own dialog saves the PDF; it prints the same print view with the same stylesheet.
    async printPdf() {
      window.print();
      return 'print-dialog';
    },
    // Opening a file with a browser tab is not a thing: members load it from the Sharing tab.
    takeOpenedSyncFiles: async () => [],
    async getLastWorkspaceId() {
      try {
        return localStorage.getItem(LAST_WORKSPACE_KEY);
      } catch {
        return null;
      }
    },
    async setLastWorkspaceId(id) {
      try {
        if (id === null) localStorage.removeItem(LAST_WORKSPACE_KEY);
        else localStorage.setItem(LAST_WORKSPACE_KEY, id);
      } catch {
        // Preferences are a convenience; a locked-down browser without localStorage still works.
      }
    },
    lan: webLan,
    backups: webBackups,
  };
}
