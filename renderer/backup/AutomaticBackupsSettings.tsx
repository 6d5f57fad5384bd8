import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupSettings } from '../../shared/ipc/contract';
import { useApp } from '../app/app-context';
import type { PlatformOutcome } from '../platform/platform';
import { CheckboxField } from '../proposals/proposal-fields';
import { InputField } from '../ui/fields';

/**
 * Settings › Automatic backups (desktop app only): one backup zip a day per workspace into a folder
 * the member picks with the system's dialog, the newest N kept. The web edition shows nothing here.
 */
export function AutomaticBackupsSettings() {
  const { t } = useTranslation();
  const { platform } = useApp();
  const [settings, setSettings] = useState<BackupSettings>();
  const [keep, setKeep] = useState('');
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');

  useEffect(() => {
    void platform.backups.settings().then((read) => {
      if (!read.ok) return;
      setSettings(read.value);
      setKeep(String(read.value.keep));
    });
  }, [platform]);
  if (platform.kind !== 'electron' || !settings) return null;

  const apply = (result: PlatformOutcome<BackupSettings>) => {
    if (!result.ok) return setStatus(t('backup.automatic.failed', { message: result.reason === 'failed' ? result.message : result.reason }));
    setSettings(result.value);
    setKeep(String(result.value.keep));
    setStatus(result.value.enabled && result.value.folder ? t('backup.automatic.on', { folder: result.value.folder, keep: result.value.keep }) : t('backup.automatic.off'));
  };
  const keepNumber = (): number | undefined => {
    const value = Number(keep);
    return Number.isInteger(value) && value >= 1 && value <= 365 ? value : undefined;
  };
  const toggle = async (enabled: boolean) => {
    if (enabled && settings.folder === null) return setError('backup.automatic.folderFirst');
    setError(undefined);
    apply(await platform.backups.choose({ enabled, keep: settings.keep }));
  };
  const submitKeep = async (event: FormEvent) => {
    event.preventDefault();
    const value = keepNumber();
    if (value === undefined) return setError('backup.automatic.keepOutOfRange');
    setError(undefined);
    apply(await platform.backups.choose({ enabled: settings.enabled, keep: value }));
  };

  return (
    <section aria-labelledby="automatic-backups-heading">
      <h2 id="automatic-backups-heading">{t('backup.automatic.title')}</h2>
      <p>{t('backup.automatic.explanation')}</p>
      <p>{settings.folder ? t('backup.automatic.folder', { folder: settings.folder }) : t('backup.automatic.noFolder')}</p>
      <button type="button" onClick={() => void platform.backups.chooseFolder().then(apply)}>
        {t('backup.automatic.chooseFolder')}
      </button>
      <CheckboxField
        id="automatic-backups-enabled"
        label={t('backup.automatic.enabled')}
        checked={settings.enabled}
        error={error === 'backup.automatic.folderFirst' ? error : undefined}
        onChange={(enabled) => void toggle(enabled)}
      />
      <form noValidate onSubmit={(event) => void submitKeep(event)} aria-label={t('backup.automatic.keepForm')}>
        <InputField
          id="automatic-backups-keep"
          type="number"
          label={t('backup.automatic.keep')}
          min={1}
          max={365}
          value={keep}
          error={error === 'backup.automatic.keepOutOfRange' ? error : undefined}
          onChange={setKeep}
          required
        />
        <button type="submit">{t('backup.automatic.saveKeep')}</button>
      </form>
      <p role="status">{status}</p>
    </section>
  );
}
