import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decodeInvite, MAX_INVITE_INPUT_LENGTH, type Invite } from '../../shared/sync/invite';
import type { InviteServers, JoinOutcome } from '../workspaces/workspace-service';

type Pending = { id: string; servers: InviteServers };

/**
 * Paste an invite code or link; a bad one is explained and nothing is created. An invite for a
 * workspace already here changes nothing on its own: another secret is refused, new servers are
 * added only when the member says so.
 */
export function JoinWorkspaceForm({
  initialCode = '',
  onJoin,
  onAddServers,
  onOpen,
}: {
  initialCode?: string;
  onJoin: (invite: Invite) => Promise<JoinOutcome>;
  onAddServers: (id: string, servers: InviteServers) => Promise<void>;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState(initialCode);
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState<Pending>();
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setPending(undefined);
    const decoded = decodeInvite(code);
    if (!decoded.ok) return setError(decoded.error);
    setError(undefined);
    const outcome = await onJoin(decoded.invite);
    if (outcome.status === 'mismatch') return setError('sync.inviteMismatch');
    if (outcome.status === 'new-servers') return setPending({ id: outcome.id, servers: outcome.servers });
    onOpen(outcome.id);
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
          onChange={(event) => {
            setCode(event.target.value);
            // Said at once, not at submit: a megabyte pasted here is never an invite.
            setError(event.target.value.length > MAX_INVITE_INPUT_LENGTH ? 'errors.inviteTooLong' : undefined);
          }}
        />
        {error ? (
          <p className="field-error" id="join-code-error" role="alert">
            {t(error)}
          </p>
        ) : null}
      </div>
      {pending ? (
        <div role="alertdialog" aria-labelledby="join-new-servers" className="confirm">
          <p id="join-new-servers">{t('sync.inviteNewServers', { count: pending.servers.signaling.length + pending.servers.relays.length })}</p>
          <ul>
            {[...pending.servers.signaling, ...pending.servers.relays].map((url) => (
              <li key={url}>
                <code>{url}</code>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => void onAddServers(pending.id, pending.servers).then(() => onOpen(pending.id))}>
            {t('sync.addInviteServers')}
          </button>
          <button type="button" onClick={() => onOpen(pending.id)}>
            {t('sync.keepMyServers')}
          </button>
        </div>
      ) : (
        <button type="submit" className="primary">
          {t('sync.joinButton')}
        </button>
      )}
    </form>
  );
}
