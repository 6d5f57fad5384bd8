import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Identity } from '../../shared/members/identity';
import type { DeskDatabase } from '../db/database';
import { loadInstallKey, type InstallKey, type KeyProtection } from '../integrity/install-key';
import { UnlockKeyScreen } from '../integrity/UnlockKeyScreen';
import { LanguageMenu } from '../i18n/LanguageMenu';
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
  | { name: 'locked'; identity: Identity | undefined }
  | { name: 'onboarding'; installKey: InstallKey; keyProtection: KeyProtection }
  | { name: 'ready'; identity: Identity; installKey: InstallKey; keyProtection: KeyProtection };

function keyed(identity: Identity | undefined, installKey: InstallKey, keyProtection: KeyProtection): Phase {
  return identity ? { name: 'ready', identity, installKey, keyProtection } : { name: 'onboarding', installKey, keyProtection };
}

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
        ([identity, state]) => setPhase(state.status === 'locked' ? { name: 'locked', identity } : keyed(identity, state.key, state.protection)),
        (error: unknown) => setPhase({ name: 'storage-unavailable', reason: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }),
      );
  }, [db, platform]);

  // The workspace screens end the cold-start picture themselves; these screens replace it outright.
  useEndFirstPaint(phase.name === 'storage-unavailable' || phase.name === 'onboarding' || phase.name === 'locked');

  const setIdentity = async (identity: Identity) => {
    await saveIdentity(db, identity);
    setPhase((current) => ('installKey' in current ? { ...current, name: 'ready', identity } : current));
  };
  const setKeyProtection = (keyProtection: KeyProtection) => setPhase((current) => ('installKey' in current ? { ...current, keyProtection } : current));

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
  if (phase.name === 'locked') {
    return <UnlockKeyScreen db={db} platform={platform} onUnlocked={(key, protection) => setPhase(keyed(phase.identity, key, protection))} />;
  }
  if (phase.name === 'onboarding') {
    return (
      <main id="main" tabIndex={-1} className="onboarding">
        <LanguageMenu />
        <h1>{t('onboarding.title')}</h1>
        <p>{t('onboarding.explanation')}</p>
        <IdentityForm submitLabel={t('onboarding.continue')} onSave={setIdentity} />
      </main>
    );
  }
  const services: AppServices = { db, workspaces, platform, identity: phase.identity, installKey: phase.installKey, keyProtection: phase.keyProtection, setIdentity, setKeyProtection };
  return (
    <AppContext.Provider value={services}>
      <AppShell />
    </AppContext.Provider>
  );
}
