import { useTranslation } from 'react-i18next';
import type { AutomaticBackupState } from './use-automatic-backup';

/** One line on the overview while today's automatic backup is made, once it is saved, or why it failed. */
export function AutomaticBackupStatus({ state }: { state: AutomaticBackupState }) {
  const { t } = useTranslation();
  if (state.kind === 'idle') return null;
  const failed = state.kind === 'failed';
  const message = state.kind === 'saving' ? t('backup.automatic.saving') : state.kind === 'saved' ? t('backup.automatic.saved', { name: state.name }) : t('backup.automatic.saveFailed', { message: state.message });
  return (
    <p role={failed ? 'alert' : 'status'} className={failed ? 'notice warning' : 'status-line'}>
      {message}
    </p>
  );
}
