import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LifecycleStage } from '../../shared/documents/lifecycle-stage';
import type { FieldErrors } from '../../shared/validation';

/** Above a locked text: why it cannot be edited, and the one way to change it (a new draft, signed like every step). */
export function LockedNote({ stage, mayMove, onNewDraft }: { stage: LifecycleStage; mayMove: boolean; onNewDraft: () => Promise<FieldErrors | undefined> }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);
  return (
    <div className="notice" role="note" aria-label={t('lifecycle.lockedLabel')}>
      <p>{t('lifecycle.locked', { stage: t(`lifecycle.stages.${stage}`) })}</p>
      {mayMove ? (
        <button
          type="button"
          disabled={pending}
          onClick={() => {
            setPending(true);
            void onNewDraft()
              .then((errors) => setError(errors?._form))
              .finally(() => setPending(false));
          }}
        >
          {t('lifecycle.startNewDraft')}
        </button>
      ) : (
        <p className="hint lifecycle-not-allowed">{t('lifecycle.onlyOfficers')}</p>
      )}
      {error ? (
        <p className="field-error" role="alert">
          {t(error)}
        </p>
      ) : null}
    </div>
  );
}
