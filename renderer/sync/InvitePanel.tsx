import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { encodeInvite, inviteLink, webInviteFragment, type Invite } from '../../shared/sync/invite';

/** The three forms of an invite: a link, a code to paste, and a QR code to show at a meeting. */
export function InvitePanel({ invite }: { invite: Invite }) {
  const { t } = useTranslation();
  const [qr, setQr] = useState<string>();
  const [copied, setCopied] = useState('');
  const link = inviteLink(invite);
  const code = encodeInvite(invite);
  const webLink = `${window.location.origin}${window.location.pathname}${webInviteFragment(invite)}`;

  useEffect(() => {
    let cancelled = false;
    QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }).then(
      (svg) => !cancelled && setQr(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`),
      () => !cancelled && setQr(undefined),
    );
    return () => {
      cancelled = true;
    };
  }, [link]);

  const copy = (value: string, what: string) =>
    navigator.clipboard.writeText(value).then(
      () => setCopied(t('sync.copied', { what })),
      () => setCopied(t('sync.copyFailed')),
    );

  return (
    <div className="invite">
      <p>{t('sync.inviteExplanation')}</p>
      <div className="field">
        <label htmlFor="invite-code">{t('sync.inviteCode')}</label>
        <textarea id="invite-code" readOnly rows={3} value={code} onFocus={(event) => event.target.select()} />
        <button type="button" onClick={() => void copy(code, t('sync.inviteCode'))}>
          {t('sync.copyCode')}
        </button>
      </div>
      <div className="field">
        <label htmlFor="invite-link">{t('sync.inviteLink')}</label>
        <input id="invite-link" readOnly value={link} onFocus={(event) => event.target.select()} />
        <button type="button" onClick={() => void copy(link, t('sync.inviteLink'))}>
          {t('sync.copyLink')}
        </button>
      </div>
      <div className="field">
        <label htmlFor="invite-web-link">{t('sync.inviteWebLink')}</label>
        <input id="invite-web-link" readOnly value={webLink} onFocus={(event) => event.target.select()} />
      </div>
      {qr ? <img className="invite-qr" src={qr} alt={t('sync.qrAlt', { name: invite.workspaceName })} width={200} height={200} /> : null}
      <p role="status">{copied}</p>
    </div>
  );
}
