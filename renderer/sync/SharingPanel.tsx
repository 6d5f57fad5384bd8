import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invite } from '../../shared/sync/invite';
import { useApp } from '../app/app-context';
import { InvitePanel } from './InvitePanel';
import { LanHostingPanel } from './LanHostingPanel';
import { RelayServersForm } from './RelayServersForm';
import { SignalingServersForm } from './SignalingServersForm';
import { loadSyncSettings, saveSyncSettings, type SyncSettings } from './sync-settings';

export function SharingPanel({
  workspaceId,
  workspaceName,
  canInvite,
  onSettingsChanged,
  onRotateSecret,
}: {
  workspaceId: string;
  workspaceName: string;
  canInvite: boolean;
  onSettingsChanged: () => void;
  /** Coordinators only. */
  onRotateSecret: (() => Promise<void>) | undefined;
}) {
  const { t } = useTranslation();
  const { db, platform } = useApp();
  const [settings, setSettings] = useState<SyncSettings>();
  const [rotation, setRotation] = useState<'idle' | 'rotating' | 'done'>('idle');
  useEffect(() => {
    void loadSyncSettings(db, workspaceId).then(setSettings);
  }, [db, workspaceId]);
  if (!settings) return <p>{t('common.loading')}</p>;
  const invite: Invite = { workspaceId, workspaceName, secret: settings.secret, signaling: settings.signaling };
  return (
    <section aria-labelledby="sharing-heading">
      <h2 id="sharing-heading">{t('sync.title')}</h2>
      <h3>{t('sync.inviteTitle')}</h3>
      {canInvite ? <InvitePanel invite={invite} /> : <p>{t('sync.onlyCoordinatorsInvite')}</p>}
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
      <SignalingServersForm
        servers={settings.signaling}
        onSave={async (signaling) => {
          const next = { ...settings, signaling };
          await saveSyncSettings(db, next);
          setSettings(next);
          onSettingsChanged();
        }}
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
