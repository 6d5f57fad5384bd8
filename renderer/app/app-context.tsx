import { createContext, useContext } from 'react';
import type { Identity } from '../../shared/members/identity';
import type { DeskDatabase } from '../db/database';
import type { InstallKey } from '../integrity/install-key';
import type { Platform } from '../platform/platform';
import type { WorkspaceService } from '../workspaces/workspace-service';

export interface AppServices {
  db: DeskDatabase;
  workspaces: WorkspaceService;
  platform: Platform;
  identity: Identity;
  installKey: InstallKey;
  setIdentity(identity: Identity): Promise<void>;
}

export const AppContext = createContext<AppServices | null>(null);

export function useApp(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useApp outside AppContext');
  return services;
}
