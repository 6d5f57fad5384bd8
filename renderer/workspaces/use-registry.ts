import { useCallback, useEffect, useState } from 'react';
import { useApp } from '../app/app-context';
import type { RegistryItem } from './workspace-registry';

export function useRegistry(): { items: RegistryItem[] | undefined; error: unknown; reload: () => Promise<void> } {
  const { workspaces } = useApp();
  const [items, setItems] = useState<RegistryItem[]>();
  const [error, setError] = useState<unknown>();
  const reload = useCallback(async () => {
    try {
      setItems(await workspaces.registry.list());
      setError(undefined);
    } catch (failure) {
      setError(failure);
    }
  }, [workspaces]);
  useEffect(() => {
    let cancelled = false;
    workspaces.registry.list().then(
      (list) => !cancelled && setItems(list),
      (failure: unknown) => !cancelled && setError(failure),
    );
    return () => {
      cancelled = true;
    };
  }, [workspaces]);
  return { items, error, reload };
}
