import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SignalingUrlsSchema } from '../../shared/sync/signaling-url';

/** Where this install looks for peers. Nothing public is contacted unless a member adds it here. */
export function SignalingServersForm({ servers, onSave }: { servers: string[]; onSave: (servers: string[]) => Promise<void> }) {
  const { t } = useTranslation();
  const [text, setText] = useState(servers.join('\n'));
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const lines = text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const parsed = SignalingUrlsSchema.safeParse(lines);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const line = typeof issue?.path[0] === 'number' ? lines[issue.path[0]] : undefined;
      setError(line ? t('sync.badServerLine', { line, problem: t(issue?.message ?? 'errors.invalid') }) : t(issue?.message ?? 'errors.invalid'));
      return;
    }
    setError(undefined);
    await onSave(parsed.data);
    setStatus(t('sync.serversSaved'));
  };

  return (
    <form onSubmit={save} noValidate aria-label={t('sync.serversTitle')}>
      <div className="field">
        <label htmlFor="signaling-servers">{t('sync.serversLabel')}</label>
        <textarea
          id="signaling-servers"
          rows={3}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={`signaling-servers-hint${error ? ' signaling-servers-error' : ''}`}
          onChange={(event) => setText(event.target.value)}
        />
        <p className="hint" id="signaling-servers-hint">
          {t('sync.serversHint')}
        </p>
        {error ? (
          <p className="field-error" id="signaling-servers-error">
            {error}
          </p>
        ) : null}
      </div>
      <button type="submit">{t('actions.save')}</button>
      <p role="status">{status}</p>
    </form>
  );
}
