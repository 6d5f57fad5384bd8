import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../app/app-context';
import { routeHref } from '../app/router';
import { exportRawWorkspace } from './export-raw';

export function DamagedWorkspace({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const { platform, workspaces } = useApp();
  const [status, setStatus] = useState('');
  return (
    <main id="main" tabIndex={-1}>
      <h1>{t('workspace.damagedTitle')}</h1>
      <p>{t('workspaces.damagedExplanation')}</p>
      <button
        type="button"
        onClick={() =>
          void exportRawWorkspace(platform, workspaces.registry, workspaceId).then(
            () => setStatus(t('workspaces.rawExported')),
            (error: unknown) => setStatus(t('errors.actionFailed', { reason: String(error) })),
          )
        }
      >
        {t('workspaces.exportRaw')}
      </button>
      <p role="status">{status}</p>
      <p>
        <a href={routeHref({ name: 'workspaces' })}>{t('nav.backToWorkspaces')}</a>
      </p>
    </main>
  );
}
