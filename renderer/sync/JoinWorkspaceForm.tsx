import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decodeInvite, type Invite } from '../../shared/sync/invite';

/** Paste an invite code or link; a bad one is explained and nothing is created. */
export function JoinWorkspaceForm({ initialCode = '', onJoin }: { initialCode?: string; onJoin: (invite: Invite) => Promise<void> }) {
  const { t } = useTranslation();
  const [code, setCode] = useState(initialCode);
  const [error, setError] = useState<string>();
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const decoded = decodeInvite(code);
    if (!decoded.ok) return setError(decoded.error);
    setError(undefined);
    await onJoin(decoded.invite);
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('sync.joinTitle')}>
      <div className="field">
        <label htmlFor="join-code">{t('sync.joinLabel')}</label>
        <textarea
          id="join-code"
          rows={3}
          value={code}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'join-code-error' : undefined}
          onChange={(event) => setCode(event.target.value)}
        />
        {error ? (
          <p className="field-error" id="join-code-error">
            {t(error)}
          </p>
        ) : null}
      </div>
      <button type="submit" className="primary">
        {t('sync.joinButton')}
      </button>
    </form>
  );
}
