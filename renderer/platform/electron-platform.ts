import type { DesktopBridge } from '../../shared/ipc/contract';
import type { Platform } from './platform';

export function electronPlatform(bridge: DesktopBridge): Platform {
  return {
    kind: 'electron',
    async saveFile(suggestedName, contents) {
      return (await bridge.saveFile({ suggestedName, contents })).saved;
    },
    async getLastWorkspaceId() {
      return (await bridge.getPreferences()).lastWorkspaceId;
    },
    async setLastWorkspaceId(id) {
      await bridge.setLastWorkspace(id);
    },
  };
}
