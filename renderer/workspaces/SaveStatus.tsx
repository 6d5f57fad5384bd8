import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveState, WorkspacePersistence } from './workspace-persistence';

/** Tells the user where their words are: on disk, on the way, or only in this window because storage failed. */
export function SaveStatus({ persistence }: { persistence: WorkspacePersistence }) {
  const { t } = useTranslation();
  const [state, setState] = useState<SaveState>(persistence.state);
  useEffect(() => persistence.onSaveState(setState), [persistence]);
  if (state.kind === 'failing') {
    return (
      <div className="save-status failing" role="alert">
        <strong>{t(state.reason === 'quota' ? 'save.quotaTitle' : 'save.unavailableTitle')}</strong>{' '}
        {t('save.failingDetail', { count: state.pending })}
      </div>
    );
  }
  return (
    <div className="save-status" role="status">
      {t(state.kind === 'saving' ? 'save.saving' : 'save.saved')}
    </div>
  );
}
