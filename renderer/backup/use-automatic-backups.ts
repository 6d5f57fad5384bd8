import { useEffect, useState } from 'react';
import type { RotatingBackup } from '../../shared/ipc/contract';
import { useApp } from '../app/app-context';
import type { PlatformOutcome } from '../platform/platform';

/** The desktop app's automatic backups, newest first; none in the web edition. */
export function useAutomaticBackups(): { list: RotatingBackup[]; read: (name: string) => Promise<PlatformOutcome<Uint8Array>> } {
  const { platform } = useApp();
  const [list, setList] = useState<RotatingBackup[]>([]);
  useEffect(() => {
    let cancelled = false;
    void platform.backups.list().then((listed) => {
      if (!cancelled && listed.ok) setList(listed.value);
    });
    return () => {
      cancelled = true;
    };
  }, [platform]);
  return { list, read: (name) => platform.backups.read(name) };
}
