import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Identity } from '../../shared/members/identity';
import type { DeskDatabase } from '../db/database';
import { loadInstallKey, type InstallKey } from '../integrity/install-key';
import { loadIdentity, saveIdentity } from '../members/identity-store';
import { IdentityForm } from '../members/IdentityForm';
import type { Platform } from '../platform/platform';
import { discoverHomeSignaling } from '../sync/home-server-discovery';
import { localStorageJournals, WorkspaceService } from '../workspaces/workspace-service';
import { AppContext, type AppServices } from './app-context';
import { AppShell } from './AppShell';
import { useEndFirstPaint } from '../documents/use-end-first-paint';

type Phase =
  | { name: 'starting' }
  | { name: 'storage-unavailable'; reason: string }
  | { name: 'onboarding'; installKey: InstallKey }
  | { name: 'ready'; identity: Identity; installKey: InstallKey };

export function App({ db, platform }: { db: DeskDatabase; platform: Platform }) {
  const { t } = useTranslation();
  const [phase, setPhase] = useState<Phase>({ name: 'starting' });
  const workspaces = useMemo(() => {
    const home = discoverHomeSignaling();
    return new WorkspaceService(db, undefined, localStorageJournals, () => home);
  }, [db]);

  useEffect(() => {
    db.open()
      .then(() => Promise.all([loadIdentity(db), loadInstallKey(db, platform)]))
      .then(
        ([identity, installKey]) => setPhase(identity ? { name: 'ready', identity, installKey } : { name: 'onboarding', installKey }),
        (error: unknown) => setPhase({ name: 'storage-unavailable', reason: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }),
      );
  }, [db, platform]);

  // The workspace screens end the cold-start picture themselves; these screens replace it outright.
  useEndFirstPaint(phase.name === 'storage-unavailable' || phase.name === 'onboarding');

  const setIdentity = async (identity: Identity) => {
    await saveIdentity(db, identity);
    setPhase((current) => ('installKey' in current ? { name: 'ready', identity, installKey: current.installKey } : current));
  };

  if (phase.name === 'starting') return <p className="starting">{t('common.loading')}</p>;
  if (phase.name === 'storage-unavailable') {
    return (
      <main id="main" tabIndex={-1}>
        <h1>{t('storage.unavailableTitle')}</h1>
        <p role="alert">{t('storage.unavailableExplanation')}</p>
        <p>
          <code>{phase.reason}</code>
        </p>
      </main>
    );
  }
  if (phase.name === 'onboarding') {
    return (
      <main id="main" tabIndex={-1} className="onboarding">
        <h1>{t('onboarding.title')}</h1>
        <p>{t('onboarding.explanation')}</p>
        <IdentityForm submitLabel={t('onboarding.continue')} onSave={setIdentity} />
      </main>
    );
  }
  const services: AppServices = { db, workspaces, platform, identity: phase.identity, installKey: phase.installKey, setIdentity };
  return (
    <AppContext.Provider value={services}>
      <AppShell />
    </AppContext.Provider>
  );
}
