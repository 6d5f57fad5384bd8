import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { classifyDiscoveredHosts, hostsToJoinAutomatically } from '../../shared/sync/lan-discovery';
import { lanWorkspaceTag, type DiscoveredLanHost, type LanAddress, type LanHostingStatus } from '../../shared/sync/lan-protocol';
import { roomNameFor } from '../../shared/sync/room-name';
import type { Platform, PlatformOutcome } from '../platform/platform';

/** Why a LAN signaling server is being added to the workspace's list. */
export type LanServerReason = 'hosting' | 'automatic' | 'chosen';

export interface LanHostingPanelProps {
  workspaceId: string;
  /** The workspace's current signaling server list, to tell which hosts are already in use. */
  servers: readonly string[];
  /**
   * Adds a LAN signaling server to this workspace: 'hosting' for our own server once it runs,
   * 'automatic' for a host announcing this very workspace, 'chosen' when the user pressed Connect.
   * The caller decides whether it is kept for the session or saved.
   */
  onUseServer: (url: string, reason: LanServerReason) => void | Promise<void>;
  platform: Platform;
}

const POLL_MS = 2_500;

/**
 * "Meeting on a LAN with no internet": host the signaling server on this network and announce
 * it, or find a host and connect. The data never passes through the server, and stopping it
 * deletes nothing: members keep their copies and sync again through any other path.
 */
export function LanHostingPanel({ workspaceId, servers, onUseServer, platform }: LanHostingPanelProps) {
  const { t } = useTranslation();
  const ids = useId();
  const [unsupported, setUnsupported] = useState(platform.kind === 'web');
  const [tag, setTag] = useState<string | null>(null);
  const [addresses, setAddresses] = useState<LanAddress[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [status, setStatus] = useState<LanHostingStatus | null>(null);
  const [hosts, setHosts] = useState<DiscoveredLanHost[]>([]);
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState('');
  const joined = useRef(new Set<string>());
  const onUseServerRef = useRef(onUseServer);
  useEffect(() => {
    onUseServerRef.current = onUseServer;
  }, [onUseServer]);

  /** The value of an outcome, or undefined after noting why there is none. */
  const take = useCallback(
    <T,>(outcome: PlatformOutcome<T>): T | undefined => {
      if (outcome.ok) return outcome.value;
      if (outcome.reason === 'unsupported') setUnsupported(true);
      else setError(t('lan.errors.failed'));
      return undefined;
    },
    [t],
  );

  useEffect(() => {
    let cancelled = false;
    void roomNameFor(workspaceId)
      .then(lanWorkspaceTag)
      .then((computed) => !cancelled && setTag(computed));
    return () => {
      cancelled = true;
    };
  }, [workspaceId]);

  useEffect(() => {
    if (unsupported) return;
    let cancelled = false;
    const poll = async () => {
      const [found, hostingNow] = await Promise.all([platform.lan.listDiscovered(), platform.lan.hostingStatus()]);
      if (cancelled) return;
      const foundHosts = take(found);
      if (foundHosts) setHosts(foundHosts);
      const current = take(hostingNow);
      if (current) setStatus(current);
    };
    void platform.lan.listAddresses().then((outcome) => {
      if (cancelled) return;
      const listed = take(outcome);
      if (listed) setAddresses(listed);
    });
    void platform.lan.startDiscovery().then((outcome) => !cancelled && take(outcome));
    void poll();
    const timer = setInterval(() => void poll(), POLL_MS);
    return () => {
      cancelled = true;
      clearInterval(timer);
      void platform.lan.stopDiscovery();
    };
  }, [platform, unsupported, take]);

  const ownUrl = status?.hosting ? status.url : null;
  const classified = useMemo(() => classifyDiscoveredHosts(hosts, tag, servers, ownUrl), [hosts, tag, servers, ownUrl]);

  // A host announcing this very workspace is joined without asking, once per address.
  useEffect(() => {
    const fresh = hostsToJoinAutomatically(classified).filter((url) => !joined.current.has(url));
    for (const url of fresh) {
      joined.current.add(url);
      void onUseServerRef.current(url, 'automatic');
      setAnnouncement(t('lan.joinedAutomatically', { url }));
    }
  }, [classified, t]);

  const host = async () => {
    if (tag === null) return;
    setBusy(true);
    setError('');
    const result = take(await platform.lan.startHosting({ workspaceTag: tag, address: chosen ?? addresses?.[0]?.address ?? null }));
    setBusy(false);
    if (!result) return;
    setStatus(result);
    if (!result.hosting) {
      setError(t(`lan.problem.${result.problem ?? 'server-failed'}`));
      return;
    }
    setAnnouncement(t('lan.hostingStarted', { url: result.url }));
    if (!servers.includes(result.url)) await onUseServerRef.current(result.url, 'hosting');
  };

  const stop = async () => {
    setBusy(true);
    setError('');
    const result = take(await platform.lan.stopHosting());
    setBusy(false);
    if (!result) return;
    setStatus(result);
    setAnnouncement(t('lan.hostingStopped'));
  };

  const connect = async (url: string) => {
    joined.current.add(url);
    await onUseServerRef.current(url, 'chosen');
    setAnnouncement(t('lan.connectedTo', { url }));
  };

  const headingId = `${ids}-heading`;
  if (unsupported) {
    return (
      <section aria-labelledby={headingId} className="lan-hosting">
        <h3 id={headingId}>{t('lan.title')}</h3>
        <p>{t('lan.desktopOnly')}</p>
      </section>
    );
  }

  const addressId = `${ids}-address`;
  const hosting = status?.hosting ? status : null;
  const selected = chosen ?? addresses?.[0]?.address ?? '';

  return (
    <section aria-labelledby={headingId} className="lan-hosting">
      <h3 id={headingId}>{t('lan.title')}</h3>
      <p className="hint">{t('lan.explanation')}</p>
      {hosting ? (
        <>
          <p>
            {t('lan.hostingAt')} <code>{hosting.url}</code>
          </p>
          <p className="hint">{t('lan.shareAddress')}</p>
          {hosting.announced ? null : <p className="hint">{t('lan.notAnnounced')}</p>}
          {tag !== null && hosting.workspaceTag !== tag ? <p className="hint">{t('lan.hostingOtherWorkspace')}</p> : null}
          <button type="button" onClick={() => void stop()} disabled={busy}>
            {t('lan.stop')}
          </button>
          <p className="hint">{t('lan.stopKeepsData')}</p>
        </>
      ) : addresses === null ? (
        <p>{t('common.loading')}</p>
      ) : addresses.length === 0 ? (
        <p>{t('lan.noNetwork')}</p>
      ) : (
        <>
          {addresses.length > 1 ? (
            <div className="field">
              <label htmlFor={addressId}>{t('lan.addressLabel')}</label>
              <select id={addressId} value={selected} onChange={(event) => setChosen(event.target.value)}>
                {addresses.map((candidate) => (
                  <option key={candidate.address} value={candidate.address}>
                    {t('lan.addressOption', { name: candidate.interfaceName, address: candidate.address })}
                  </option>
                ))}
              </select>
            </div>
          ) : (
            <p>{t('lan.willHostOn', { address: selected })}</p>
          )}
          <button type="button" className="primary" onClick={() => void host()} disabled={busy || tag === null}>
            {t('lan.host')}
          </button>
        </>
      )}
      <div role="status">
        {hosting ? <p>{t('lan.connected', { count: hosting.clientCount })}</p> : null}
        {announcement ? <p>{announcement}</p> : null}
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}

      <h4>{t('lan.foundTitle')}</h4>
      {classified.length === 0 ? (
        <p className="hint">{t('lan.searching')}</p>
      ) : (
        <ul aria-label={t('lan.foundTitle')}>
          {classified.map((found) => (
            <li key={found.url}>
              <code>{found.url}</code> — {found.matchesWorkspace ? t('lan.thisWorkspace') : t('lan.otherWorkspace')}{' '}
              {found.inUse ? (
                <span>{t('lan.inUse')}</span>
              ) : (
                <button type="button" onClick={() => void connect(found.url)} aria-label={t('lan.connectTo', { url: found.url })}>
                  {t('lan.connect')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
