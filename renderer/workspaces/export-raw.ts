import type { Platform } from '../platform/platform';
import type { WorkspaceRegistry } from './workspace-registry';

export async function exportRawWorkspace(platform: Platform, registry: WorkspaceRegistry, id: string): Promise<boolean> {
  const contents = await registry.exportRaw(id);
  return platform.saveFile(`workspace-${id.slice(0, 8)}-raw.json`, contents, 'application/json');
}
