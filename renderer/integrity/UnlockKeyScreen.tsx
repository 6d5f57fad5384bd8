import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskDatabase } from '../db/database';
import type { Platform } from '../platform/platform';
import { replaceLockedInstallKey, unlockInstallKey, type InstallKey, type KeyProtection } from './install-key';

/** At start, when the install key is sealed with a passphrase (decision 0021). */
export function UnlockKeyScreen({ db, platform, onUnlocked }: { db: DeskDatabase; platform: Platform; onUnlocked: (key: InstallKey, protection: KeyProtection) => void }) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await unlockInstallKey(db, passphrase);
    setBusy(false);
    if (typeof result === 'string') setError(t(result === 'wrong-passphrase' ? 'keyProtection.wrongPassphrase' : 'keyProtection.damaged'));
    else onUnlocked(result, 'passphrase');
  };
  const startOver = async () => {
    const state = await replaceLockedInstallKey(db, platform);
    if (state.status === 'ready') onUnlocked(state.key, state.protection);
  };

  return (
    <main id="main" tabIndex={-1} className="onboarding">
      <h1>{t('keyProtection.unlockTitle')}</h1>
      <p>{t('keyProtection.unlockExplanation')}</p>
      <form aria-label={t('keyProtection.unlockTitle')} onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label htmlFor="unlock-passphrase">{t('keyProtection.passphrase')}</label>
          <input
            id="unlock-passphrase"
            type="password"
            autoComplete="current-password"
            value={passphrase}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'unlock-passphrase-error' : undefined}
            onChange={(event) => setPassphrase(event.target.value)}
          />
          {error ? (
            <p className="field-error" id="unlock-passphrase-error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
        <button type="submit" disabled={busy}>
          {t('keyProtection.unlock')}
        </button>
      </form>
      <p>{t('keyProtection.forgottenExplanation')}</p>
      <button type="button" onClick={() => void startOver()}>
        {t('keyProtection.forgotten')}
      </button>
    </main>
  );
}
