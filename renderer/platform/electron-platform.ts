import type { DesktopBridge } from '../../shared/ipc/contract';
import type { BackupsPlatform, LanPlatform, Platform, PlatformOutcome } from './platform';

async function outcome<T>(call: () => Promise<T>): Promise<PlatformOutcome<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    return { ok: false, reason: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

function electronLan(bridge: DesktopBridge): LanPlatform {
  return {
    listAddresses: () => outcome(() => bridge.listLanAddresses()),
    startHosting: (request) => outcome(() => bridge.startLanHosting(request)),
    stopHosting: () => outcome(() => bridge.stopLanHosting()),
    hostingStatus: () => outcome(() => bridge.getLanHostingStatus()),
    startDiscovery: () => outcome(() => bridge.startLanDiscovery()),
    stopDiscovery: () => outcome(() => bridge.stopLanDiscovery()),
    listDiscovered: () => outcome(() => bridge.listLanHosts()),
  };
}

function electronBackups(bridge: DesktopBridge): BackupsPlatform {
  return {
    settings: () => outcome(() => bridge.getBackupSettings()),
    choose: (choice) => outcome(() => bridge.setBackupSettings(choice)),
    chooseFolder: () => outcome(() => bridge.chooseBackupFolder()),
    isDue: (workspaceId) => outcome(() => bridge.isBackupDue(workspaceId)),
    save: (workspaceId, contents) => outcome(() => bridge.saveRotatingBackup({ workspaceId, contents })),
    list: () => outcome(() => bridge.listRotatingBackups()),
    read: (name) => outcome(() => bridge.readRotatingBackup(name)),
  };
}

export function electronPlatform(bridge: DesktopBridge): Platform {
  return {
    kind: 'electron',
    secretProtection: () => bridge.secretProtection(),
    sealSecret: (plainText) => bridge.sealSecret(plainText),
    openSecret: (sealed) => bridge.openSecret(sealed),
    async saveFile(suggestedName, contents) {
      return (await bridge.saveFile({ suggestedName, contents })).saved;
    },
    async saveBytesFile(suggestedName, contents) {
      return (await bridge.saveBytesFile({ suggestedName, contents })).saved;
    },
    async printPdf(suggestedName) {
      return (await bridge.exportPdf({ suggestedName })).saved ? 'saved' : 'cancelled';
    },
    takeOpenedSyncFiles: () => bridge.takeOpenedSyncFiles(),
    async getLastWorkspaceId() {
      return (await bridge.getPreferences()).lastWorkspaceId;
    },
    async setLastWorkspaceId(id) {
      await bridge.setLastWorkspace(id);
    },
    lan: electronLan(bridge),
    backups: electronBackups(bridge),
  };
}
