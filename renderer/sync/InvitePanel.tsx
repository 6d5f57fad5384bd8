import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { encodeInvite, inviteLink, webInviteFragment, type Invite } from '../../shared/sync/invite';

/** The web edition's own address, when it has one a phone or another computer can open. */
function webAddress(): string | undefined {
  const { protocol, origin, pathname } = window.location;
  return protocol === 'http:' || protocol === 'https:' ? `${origin}${pathname}` : undefined;
}

/** The forms of an invite: links, a code to paste, and a QR code to show at a meeting. */
export function InvitePanel({ invite }: { invite: Invite }) {
  const { t } = useTranslation();
  const [qr, setQr] = useState<string>();
  const [copied, setCopied] = useState('');
  const link = inviteLink(invite);
  const code = encodeInvite(invite);
  const web = webAddress();
  const webLink = web ? `${web}${webInviteFragment(invite)}` : undefined;
  // A QR code is scanned by a phone or a colleague's laptop: the web link opens anywhere, the desktop link only where the app is installed.
  const qrTarget = webLink ?? link;

  useEffect(() => {
    let cancelled = false;
    QRCode.toString(qrTarget, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }).then(
      (svg) => !cancelled && setQr(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`),
      () => !cancelled && setQr(undefined),
    );
    return () => {
      cancelled = true;
    };
  }, [qrTarget]);

  const copy = (value: string, what: string) =>
    navigator.clipboard.writeText(value).then(
      () => setCopied(t('sync.copied', { what })),
      () => setCopied(t('sync.copyFailed')),
    );

  const field = (id: string, label: string, value: string, copyLabel: string, rows?: number) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {rows ? (
        <textarea id={id} readOnly rows={rows} value={value} onFocus={(event) => event.target.select()} />
      ) : (
        <input id={id} readOnly value={value} onFocus={(event) => event.target.select()} />
      )}
      <button type="button" onClick={() => void copy(value, label)}>
        {copyLabel}
      </button>
    </div>
  );

  return (
    <div className="invite">
      <p>{t('sync.inviteExplanation')}</p>
      {field('invite-code', t('sync.inviteCode'), code, t('sync.copyCode'), 3)}
      {webLink ? field('invite-web-link', t('sync.inviteWebLink'), webLink, t('sync.copyWebLink')) : null}
      {field('invite-link', t('sync.inviteLink'), link, t('sync.copyLink'))}
      {qr ? (
        <figure>
          <img className="invite-qr" src={qr} alt={t('sync.qrAlt', { name: invite.workspaceName })} width={200} height={200} data-target={qrTarget} />
          <figcaption>{t(webLink ? 'sync.qrWebExplanation' : 'sync.qrDesktopExplanation')}</figcaption>
        </figure>
      ) : null}
      <p role="status">{copied}</p>
    </div>
  );
}
