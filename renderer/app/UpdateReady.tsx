import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { appUpdate } from './app-update';

/**
 * Offers a new version of the web edition without forcing it: everything in a workspace is
 * already stored, but a form being filled in lives only in this page until it is submitted.
 */
export function UpdateReady() {
  const { t } = useTranslation();
  const apply = useSyncExternalStore(appUpdate.subscribe, appUpdate.apply);
  const [later, setLater] = useState(false);
  return (
    <div className={apply && !later ? 'notice update-ready' : undefined} role="status">
      {apply && !later ? (
        <>
          <span>{t('update.ready')}</span>{' '}
          <button type="button" className="primary" onClick={apply}>
            {t('update.reload')}
          </button>{' '}
          <button type="button" onClick={() => setLater(true)}>
            {t('update.later')}
          </button>
        </>
      ) : null}
    </div>
  );
}
