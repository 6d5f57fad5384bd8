import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invite } from '../../shared/sync/invite';
import { useApp } from '../app/app-context';
import { discoverHomeSignaling } from './home-server-discovery';
import type { InviteAdmission } from '../integrity/open-invitation';
import { InvitePanel } from './InvitePanel';
import { LanHostingPanel } from './LanHostingPanel';
import { RelayServersForm } from './RelayServersForm';
import { SignalingServersForm } from './SignalingServersForm';
import { SyncFilesPanel } from './SyncFilesPanel';
import type { OpenWorkspace } from '../workspaces/workspace-service';
import { loadSyncSettings, saveSyncSettings, type SyncSettings } from './sync-settings';

export function SharingPanel({
  open,
  workspaceId,
  workspaceName,
  canInvite,
  inviteAdmission,
  onSettingsChanged,
  onRotateSecret,
}: {
  open: OpenWorkspace;
  workspaceId: string;
  workspaceName: string;
  canInvite: boolean;
  /** The one-time admission this member's invites carry (a new one with `fresh`); see integrity/open-invitation.ts. */
  inviteAdmission: (fresh: boolean) => Promise<InviteAdmission | undefined>;
  onSettingsChanged: () => void;
  /** Coordinators only. */
  onRotateSecret: (() => Promise<void>) | undefined;
}) {
  const { t } = useTranslation();
  const { db, platform } = useApp();
  const [settings, setSettings] = useState<SyncSettings>();
  const [rotation, setRotation] = useState<'idle' | 'rotating' | 'done'>('idle');
  const [home, setHome] = useState<string>();
  // 'loading' until the admission is known, so no invite without its token is ever shown.
  const [admission, setAdmission] = useState<InviteAdmission | undefined | 'loading'>('loading');
  useEffect(() => {
    if (!canInvite) return;
    let cancelled = false;
    void inviteAdmission(false).then((next) => !cancelled && setAdmission(next));
    return () => {
      cancelled = true;
    };
  }, [canInvite, inviteAdmission]);
  // Remounts the servers form when a server is added from outside it, so it shows the new list.
  const [formVersion, setFormVersion] = useState(0);
  useEffect(() => {
    void loadSyncSettings(db, workspaceId).then(setSettings);
    void discoverHomeSignaling().then(setHome);
  }, [db, workspaceId]);
  if (!settings) return <p>{t('common.loading')}</p>;
  const saveServers = async (signaling: string[]) => {
    const next = { ...settings, signaling };
    await saveSyncSettings(db, next);
    setSettings(next);
    onSettingsChanged();
  };
  const invite: Invite = {
    workspaceId,
    workspaceName,
    secret: settings.secret,
    signaling: settings.signaling,
    relays: settings.relays ?? [],
    ...(admission !== 'loading' && admission ? { admission } : {}),
  };
  return (
    <section aria-labelledby="sharing-heading">
      <h2 id="sharing-heading">{t('sync.title')}</h2>
      <h3>{t('sync.inviteTitle')}</h3>
      {!canInvite ? (
        <p>{t('sync.onlyCoordinatorsInvite')}</p>
      ) : admission === 'loading' ? (
        <p>{t('common.loading')}</p>
      ) : (
        <>
          <InvitePanel invite={invite} />
          {admission ? (
            <p>
              {t('sync.oneTimeInvite')}{' '}
              <button type="button" onClick={() => void inviteAdmission(true).then(setAdmission)}>
                {t('sync.newInvite')}
              </button>
            </p>
          ) : null}
        </>
      )}
      <SyncFilesPanel open={open} workspaceName={workspaceName} />
      {onRotateSecret ? (
        <>
          <h3>{t('sync.rotateTitle')}</h3>
          <p>{t('sync.rotateExplanation')}</p>
          <button
            type="button"
            disabled={rotation === 'rotating'}
            onClick={() => {
              setRotation('rotating');
              void onRotateSecret()
                .then(() => loadSyncSettings(db, workspaceId))
                .then((next) => {
                  setSettings(next);
                  setRotation('done');
                });
            }}
          >
            {t('sync.rotate')}
          </button>
          <p role="status">{rotation === 'rotating' ? t('sync.rotating') : rotation === 'done' ? t('sync.rotated') : ''}</p>
        </>
      ) : null}
      <h3>{t('sync.serversTitle')}</h3>
      {home ? (
        <p>
          {settings.signaling.includes(home) ? (
            <>
              <code>{home}</code> — {t('sync.homeServer')}
            </>
          ) : (
            <button type="button" onClick={() => void saveServers([...settings.signaling, home]).then(() => setFormVersion((value) => value + 1))}>
              {t('sync.useHomeServer', { url: home })}
            </button>
          )}
        </p>
      ) : null}
      <SignalingServersForm
        key={formVersion}
        servers={settings.signaling}
        onSave={saveServers}
      />
      <RelayServersForm
        relays={settings.relays ?? []}
        onSave={async (relays) => {
          const next = { ...settings, relays };
          await saveSyncSettings(db, next);
          setSettings(next);
          onSettingsChanged();
        }}
      />
      <LanHostingPanel
        workspaceId={workspaceId}
        servers={settings.signaling}
        platform={platform}
        onUseServer={async (url) => {
          if (settings.signaling.includes(url)) return;
          const next = { ...settings, signaling: [...settings.signaling, url] };
          await saveSyncSettings(db, next);
          setSettings(next);
          onSettingsChanged();
        }}
      />
    </section>
  );
}
