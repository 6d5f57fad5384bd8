import { createContext, useContext } from 'react';
import type { Identity } from '../../shared/members/identity';
import type { DeskDatabase } from '../db/database';
import type { InstallKey, KeyProtection } from '../integrity/install-key';
import type { Platform } from '../platform/platform';
import type { WorkspaceService } from '../workspaces/workspace-service';

export interface AppServices {
  db: DeskDatabase;
  workspaces: WorkspaceService;
  platform: Platform;
  identity: Identity;
  installKey: InstallKey;
  /** How the install key is kept on disk; Settings offers a passphrase where the OS protects nothing. */
  keyProtection: KeyProtection;
  setIdentity(identity: Identity): Promise<void>;
  setKeyProtection(protection: KeyProtection): void;
}

export const AppContext = createContext<AppServices | null>(null);

export function useApp(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useApp outside AppContext');
  return services;
}
