import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveState, WorkspacePersistence } from './workspace-persistence';

/**
 * A save usually takes a few milliseconds. "Saving…" shows only when one takes longer than this:
 * a status flipping on every keystroke would be read out by screen readers on every keystroke,
 * and re-drawn while the co-authors' copy is on its way.
 */
const SAVING_SHOWN_AFTER_MS = 800;

/** Tells the user where their words are: on disk, on the way, or only in this window because storage failed. */
export function SaveStatus({ persistence }: { persistence: WorkspacePersistence }) {
  const { t } = useTranslation();
  const [state, setState] = useState<SaveState>(persistence.state);
  useEffect(() => {
    let slowSave: ReturnType<typeof setTimeout> | undefined;
    const stop = persistence.onSaveState((next) => {
      clearTimeout(slowSave);
      if (next.kind === 'saving') slowSave = setTimeout(() => setState(next), SAVING_SHOWN_AFTER_MS);
      // Saved again: nothing to re-draw if that is what already shows. A failure shows at once.
      else setState((shown) => (next.kind === 'saved' && shown.kind === 'saved' ? shown : next));
    });
    return () => {
      stop();
      clearTimeout(slowSave);
    };
  }, [persistence]);
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
