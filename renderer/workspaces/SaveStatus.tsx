import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncFileMaker } from '../../shared/sync/sync-bundle';
import { useApp } from '../app/app-context';
import { ExportNow } from './ExportNow';
import type { SaveState, WorkspacePersistence } from './workspace-persistence';
import type { OpenWorkspace } from './workspace-service';
import { useLeaveGuard } from './use-leave-guard';

/**
 * A save usually takes a few milliseconds. "Saving…" shows only when one takes longer than this:
 * a status flipping on every keystroke would be read out by screen readers on every keystroke,
 * and re-drawn while the co-authors' copy is on its way.
 */
const SAVING_SHOWN_AFTER_MS = 800;

function useSaveState(persistence: WorkspacePersistence): SaveState {
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
  return state;
}

const FAILING_TITLES = { full: 'save.fullTitle', io: 'save.ioTitle', unavailable: 'save.unavailableTitle' } as const;

/**
 * Tells the user where their words are: on disk, on the way, or only in this window because
 * storage failed — then with a way to keep them anyway (Export now) until the save succeeds.
 */
export function SaveStatus({ open, maker, workspaceName }: { open: OpenWorkspace; maker: SyncFileMaker; workspaceName: string }) {
  const { t } = useTranslation();
  const { platform } = useApp();
  const { persistence } = open;
  const state = useSaveState(persistence);
  const problem = persistence.replayProblem;
  useLeaveGuard(platform.kind === 'web' && state.kind !== 'saved');
  if (state.kind === 'failing' || problem) {
    return (
      <section className="save-status failing" aria-label={t('save.problemsTitle')}>
        {state.kind === 'failing' ? (
          <p role="alert">
            <strong>{t(FAILING_TITLES[state.reason])}</strong> {t('save.failingDetail')}
          </p>
        ) : null}
        {problem ? (
          <p role="alert">
            <strong>{t('save.problemsTitle')}</strong>{' '}
            {problem.unreadableJournalEntries > 0 ? t('save.journalUnreadable', { count: problem.unreadableJournalEntries }) : null}{' '}
            {problem.missingChanges ? t('save.missingChanges') : null}
          </p>
        ) : null}
        <ExportNow open={open} maker={maker} workspaceName={workspaceName} />
        {state.kind === 'failing' ? (
          <button type="button" onClick={() => persistence.retryNow()}>
            {t('save.retryNow')}
          </button>
        ) : null}
      </section>
    );
  }
  return (
    <div className="save-status" role="status">
      {t(state.kind === 'saving' ? 'save.saving' : 'save.saved')}
    </div>
  );
}
