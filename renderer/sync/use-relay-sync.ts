import { useEffect, useState } from 'react';
import { useApp } from '../app/app-context';
import type { OpenWorkspace } from '../workspaces/workspace-service';
import { RelaySync, type RelayStatus } from './relay-sync';
import { loadSyncSettings } from './sync-settings';

/**
 * Syncs the open workspace through each relay in its settings; restarts when the settings change.
 * While the member works offline (`paused`) no relay is contacted; resuming reconciles with each.
 */
export function useRelaySync(open: OpenWorkspace, settingsVersion: number, paused: boolean | undefined): RelayStatus[] {
  const { db } = useApp();
  const [statuses, setStatuses] = useState<RelayStatus[]>([]);
  useEffect(() => {
    // Not known yet whether the member chose to work offline: contact nothing until it is.
    if (paused === undefined) return;
    let cancelled = false;
    const started: RelaySync[] = [];
    const publish = () => setStatuses(started.map((sync) => sync.status));
    void loadSyncSettings(db, open.id)
      .then((settings) => {
        if (!paused) return Promise.all((settings.relays ?? []).map((url) => RelaySync.start(open.workspace.ydoc, settings, url)));
        if (!cancelled) setStatuses((settings.relays ?? []).map((url) => ({ url, state: 'paused' })));
        return [];
      })
      .then(
        (syncs) => {
          if (cancelled) return syncs.forEach((sync) => sync.destroy());
          started.push(...syncs);
          syncs.forEach((sync) => sync.onStatus(publish));
          publish();
        },
        (error: unknown) => console.warn('Relay sync could not start; the workspace stays usable offline', error),
      );
    return () => {
      cancelled = true;
      started.forEach((sync) => sync.destroy());
      setStatuses([]);
    };
  }, [db, open, settingsVersion, paused]);
  return statuses;
}
