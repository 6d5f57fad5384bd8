import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SettingsScreen } from '../members/SettingsScreen';
import { WorkspaceHost } from '../workspaces/WorkspaceHost';
import { WorkspacesScreen } from '../workspaces/WorkspacesScreen';
import { routeHref, useRoute } from './router';
import { BadAddress } from './BadAddress';
import { UpdateReady } from './UpdateReady';

export function AppShell() {
  const { t } = useTranslation();
  const route = useRoute();
  const first = useRef(true);

  // Move focus to the new screen's main region, as a page load would, so screen readers follow.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [route.name]);

  return (
    <>
      <a className="skip-link" href="#main" onClick={(event) => { event.preventDefault(); document.getElementById('main')?.focus(); }}>
        {t('nav.skipToContent')}
      </a>
      <header className="app-header">
        <span className="app-name">{t('app.name')}</span>
        <nav aria-label={t('nav.main')}>
          <a href={routeHref({ name: 'workspaces' })} aria-current={route.name === 'workspaces' ? 'page' : undefined}>
            {t('nav.workspaces')}
          </a>
          <a href={routeHref({ name: 'settings' })} aria-current={route.name === 'settings' ? 'page' : undefined}>
            {t('nav.settings')}
          </a>
        </nav>
      </header>
      <UpdateReady />
      {route.name === 'workspaces' ? <WorkspacesScreen /> : null}
      {route.name === 'join' ? <WorkspacesScreen inviteCode={route.code} /> : null}
      {route.name === 'settings' ? <SettingsScreen /> : null}
      {route.name === 'bad-address' ? <BadAddress problem={route.problem} /> : null}
      {route.name === 'workspace' || route.name === 'document' || route.name === 'proposal' ? <WorkspaceHost key={route.workspaceId} route={route} /> : null}
    </>
  );
}
