import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH } from '../../shared/integrity/passphrase-seal';
import { useApp } from '../app/app-context';
import { protectInstallKeyWithPassphrase } from './install-key';

const MESSAGES = { os: 'keyProtection.protectedByOs', passphrase: 'keyProtection.protectedByPassphrase', browser: 'keyProtection.protectedByBrowser', none: 'keyProtection.notProtected' } as const;

/** Settings: says how the signing key is kept, and offers a passphrase where the OS protects nothing. */
export function KeyProtectionSection() {
  const { t } = useTranslation();
  const { db, platform, keyProtection, setKeyProtection } = useApp();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (passphrase.length < MIN_PASSPHRASE_LENGTH) return setError(t('keyProtection.tooShort'));
    if (passphrase !== confirm) return setError(t('keyProtection.mismatch'));
    setError('');
    if (!(await protectInstallKeyWithPassphrase(db, platform, passphrase))) return setError(t('keyProtection.failed'));
    setStatus(t('keyProtection.protected'));
    setKeyProtection('passphrase');
  };

  return (
    <section aria-labelledby="key-protection-heading">
      <h2 id="key-protection-heading">{t('keyProtection.heading')}</h2>
      <p role={keyProtection === 'none' ? 'alert' : undefined}>{t(MESSAGES[keyProtection])}</p>
      {keyProtection === 'none' ? (
        <form aria-label={t('keyProtection.protect')} onSubmit={(event) => void submit(event)}>
          <div className="field">
            <label htmlFor="key-passphrase">{t('keyProtection.passphrase')}</label>
            <input id="key-passphrase" type="password" autoComplete="new-password" value={passphrase} aria-describedby="key-passphrase-hint" onChange={(event) => setPassphrase(event.target.value)} />
            <p className="hint" id="key-passphrase-hint">
              {t('keyProtection.passphraseHint')}
            </p>
          </div>
          <div className="field">
            <label htmlFor="key-passphrase-confirm">{t('keyProtection.confirm')}</label>
            <input
              id="key-passphrase-confirm"
              type="password"
              autoComplete="new-password"
              value={confirm}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'key-passphrase-error' : undefined}
              onChange={(event) => setConfirm(event.target.value)}
            />
            {error ? (
              <p className="field-error" id="key-passphrase-error" role="alert">
                {error}
              </p>
            ) : null}
          </div>
          <button type="submit">{t('keyProtection.protect')}</button>
        </form>
      ) : null}
      <p role="status">{status}</p>
    </section>
  );
}
