import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../shared/members/member';
import type { SyncFileMaker } from '../../shared/sync/sync-bundle';
import { useApp } from '../app/app-context';
import type { IntegritySnapshot } from '../integrity/workspace-integrity';
import type { OpenWorkspace } from '../workspaces/workspace-service';
import { exportWorkspace } from './workspace-export';

export type AutomaticBackupState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; name: string } | { kind: 'failed'; message: string };

/** While a workspace is open, checked again every hour: a desktop left open over midnight backs up the next day too. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * The desktop app's daily backup of the open workspace, when the member turned it on in Settings:
 * the same zip as "Export this workspace", made once the first integrity check has run (so the
 * annexes are in it), and handed to the main process, which names it and keeps the newest N.
 */
export function useAutomaticBackup(input: { open: OpenWorkspace; snapshot: IntegritySnapshot; members: readonly Member[]; maker: SyncFileMaker }): AutomaticBackupState {
  const { t, i18n } = useTranslation();
  const { db, platform } = useApp();
  const [state, setState] = useState<AutomaticBackupState>({ kind: 'idle' });
  // The snapshot before the first integrity check: a backup made from it would lack the annexes.
  const [initial] = useState(input.snapshot);
  const checked = input.snapshot !== initial;
  const latest = useRef(input);
  useEffect(() => {
    latest.current = input;
  });

  useEffect(() => {
    if (platform.kind !== 'electron' || !checked) return;
    let busy = false;
    let stopped = false;
    const run = async () => {
      if (busy) return;
      busy = true;
      try {
        const { open, snapshot, members, maker } = latest.current;
        const due = await platform.backups.isDue(open.id);
        if (!due.ok || !due.value || stopped) return;
        setState({ kind: 'saving' });
        const made = await exportWorkspace({ db, open, snapshot, members, maker, t, language: i18n.language });
        const saved = await platform.backups.save(open.id, made.bytes);
        if (stopped) return;
        setState(saved.ok ? { kind: 'saved', name: saved.value.name } : { kind: 'failed', message: saved.reason === 'failed' ? saved.message : saved.reason });
      } catch (error) {
        if (!stopped) setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      } finally {
        busy = false;
      }
    };
    void run();
    const timer = setInterval(() => void run(), CHECK_EVERY_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [platform, checked, db, t, i18n.language]);
  return state;
}
