import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskDatabase } from '../db/database';
import { LanguageMenu } from '../i18n/LanguageMenu';
import type { Platform } from '../platform/platform';
import { replaceLockedInstallKey, unlockInstallKey, type InstallKey, type KeyProtection } from './install-key';

/** At start, when the install key is sealed with a passphrase (decision 0021). */
export function UnlockKeyScreen({ db, platform, onUnlocked }: { db: DeskDatabase; platform: Platform; onUnlocked: (key: InstallKey, protection: KeyProtection) => void }) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  // A new key cannot be undone (what was signed before stays with the old key), so it is asked
  // twice; after Cancel the button it came from has focus again (autoFocus as it remounts).
  const [startOver, setStartOver] = useState<'idle' | 'asking' | 'cancelled'>('idle');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await unlockInstallKey(db, passphrase);
    setBusy(false);
    if (typeof result === 'string') setError(t(result === 'wrong-passphrase' ? 'keyProtection.wrongPassphrase' : 'keyProtection.damaged'));
    else onUnlocked(result, 'passphrase');
  };
  const replaceKey = async () => {
    const state = await replaceLockedInstallKey(db, platform);
    if (state.status === 'ready') onUnlocked(state.key, state.protection);
  };

  return (
    <main id="main" tabIndex={-1} className="onboarding">
      <LanguageMenu />
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
      {startOver === 'asking' ? (
        <div role="group" aria-labelledby="start-over-question">
          <p id="start-over-question">{t('keyProtection.forgottenConfirm')}</p>
          <button type="button" onClick={() => void replaceKey()}>
            {t('keyProtection.forgottenConfirmYes')}
          </button>{' '}
          <button type="button" autoFocus onClick={() => setStartOver('cancelled')}>
            {t('actions.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" autoFocus={startOver === 'cancelled'} onClick={() => setStartOver('asking')}>
          {t('keyProtection.forgotten')}
        </button>
      )}
    </main>
  );
}
