import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentMeta } from '../../shared/documents/document-meta';
import { useApp } from '../app/app-context';
import { routeHref, WORKSPACE_TABS, type Route } from '../app/router';
import { DocumentScreen } from '../documents/DocumentScreen';
import { DocumentsPanel } from '../documents/DocumentsPanel';
import { lifecycleOf, useLifecycleContext } from '../documents/use-lifecycle';
import { AutomaticBackupStatus } from '../backup/AutomaticBackupStatus';
import { useAutomaticBackup } from '../backup/use-automatic-backup';
import { useAdoptedAmendments } from '../proposals/adopted-amendments';
import { useEndFirstPaint } from '../documents/use-end-first-paint';
import { useForgetStaleRenderings } from '../documents/use-stale-renderings';
import { openInvitation } from '../integrity/open-invitation';
import { useIntegrity } from '../integrity/use-integrity';
import { useJoinRequest } from '../integrity/use-join-request';
import { membersWithLogRoles } from '../../shared/integrity/membership-roles';
import { MeetingsPanel } from '../meetings/MeetingsPanel';
import { ProposalsPanel } from '../proposals/ProposalsPanel';
import { assignRole } from '../members/assign-role';
import { MembersPanel } from '../members/MembersPanel';
import { SearchDialog } from '../search/SearchDialog';
import { useLiveSearch } from '../search/use-live-search';
import { useRevealItem } from '../search/use-reveal';
import type { Identity } from '../../shared/members/identity';
import { PresenceList } from '../sync/PresenceList';
import { presenceColor } from '../sync/presence-color';
import { RelayStatusBadge } from '../sync/RelayStatusBadge';
import { SharingPanel } from '../sync/SharingPanel';
import { SyncStatusBadge } from '../sync/SyncStatusBadge';
import { usePresence, useSyncStatus } from '../sync/use-sync-status';
import { useOutOfDateInvite } from '../sync/use-out-of-date-invite';
import { useRekey } from '../sync/use-rekey';
import { useRelaySync } from '../sync/use-relay-sync';
import { useWorkspaceSync } from '../sync/use-workspace-sync';
import { DamagedWorkspace } from './DamagedWorkspace';
import { SaveStatus } from './SaveStatus';
import { useStickyBarHeight } from './use-sticky-bar-height';
import { useKeptThroughMergeGap } from './use-kept-through-merge-gap';
import { useOpenWorkspace, useWorkspaceVersion, type OpenState } from './use-open-workspace';
import type { OpenWorkspace } from './workspace-service';
import { WorkspaceOverview } from './WorkspaceOverview';
import { ExportWorkspace } from '../backup/ExportWorkspace';

type WorkspaceRoute = Extract<Route, { name: 'workspace' | 'document' | 'proposal' }>;

/** Keeps one workspace open across its screens (overview, members, documents, a document). */
export function WorkspaceHost({ route }: { route: WorkspaceRoute }) {
  const state = useOpenWorkspace(route.workspaceId);
  if (state.status === 'open') return <OpenWorkspaceView open={state.open} route={route} />;
  return <WorkspaceUnavailable state={state} workspaceId={route.workspaceId} />;
}

function WorkspaceUnavailable({ state, workspaceId }: { state: Exclude<OpenState, { status: 'open' }>; workspaceId: string }) {
  const { t } = useTranslation();
  useEndFirstPaint(state.status !== 'loading');
  if (state.status === 'damaged') return <DamagedWorkspace workspaceId={workspaceId} />;
  return (
    <main id="main" tabIndex={-1}>
      <h1>{t(state.status === 'loading' ? 'common.loading' : 'workspace.unavailableTitle')}</h1>
      {state.status === 'missing' ? <p role="alert">{t('workspace.missing')}</p> : null}
      {state.status === 'failed' ? <p role="alert">{t('errors.openFailed', { reason: state.message })}</p> : null}
      <a href={routeHref({ name: 'workspaces' })}>{t('nav.backToWorkspaces')}</a>
    </main>
  );
}

function OpenWorkspaceView({ open, route }: { open: OpenWorkspace; route: WorkspaceRoute }) {
  const { t } = useTranslation();
  const { db, identity, workspaces } = useApp();
  const version = useWorkspaceVersion(open.workspace);
  const [settingsVersion, setSettingsVersion] = useState(0);
  const { profile, members, documents } = useMemo(
    () => ({ profile: open.workspace.profile(), members: open.workspace.members(), documents: open.workspace.documents() }),
    // `version` changes whenever the shared state does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [open, version],
  );
  const myRecord = useKeptThroughMergeGap(
    members.valid.find((member) => member.identityId === identity.id),
    identity.id,
  );
  const memberId = myRecord?.id ?? identity.id;
  const authorName = myRecord?.name ?? identity.name;
  const author = useMemo<DocumentMeta['updatedBy']>(() => ({ memberId, name: authorName }), [memberId, authorName]);
  const sync = useWorkspaceSync(open, { memberId, name: authorName, color: presenceColor(memberId) }, settingsVersion);
  const status = useSyncStatus(sync);
  // Until the peer-to-peer sync has read the settings, whether the member works offline is unknown: relays wait.
  const relays = useRelaySync(open, settingsVersion, status === undefined ? undefined : status.state === 'paused');
  const peers = usePresence(open.awareness);
  useJoinAsMember(open, identity, myRecord !== undefined);
  const { integrity, snapshot } = useIntegrity(open, myRecord?.id);
  useJoinRequest(open.id, integrity, snapshot, myRecord?.id);
  const inviterId = myRecord?.id;
  const inviteAdmission = useCallback(
    (fresh: boolean) => (inviterId ? openInvitation(db, integrity, open.id, inviterId, fresh) : Promise.resolve(undefined)),
    [db, integrity, open, inviterId],
  );
  // Roles that count come from the membership log; the plain records only name people.
  const governing = useMemo(() => membersWithLogRoles(members.valid, snapshot.membership, new Date()), [members, snapshot.membership]);
  // From the kept record, not `governing`, so `me` survives the moment a merge drops the record.
  const me = useMemo(() => (myRecord ? membersWithLogRoles([myRecord], snapshot.membership, new Date())[0] : undefined), [myRecord, snapshot.membership]);
  const lifecycleContext = useLifecycleContext(open.workspace, snapshot, governing, integrity);
  const stageOf = useCallback((meta: DocumentMeta) => lifecycleOf(meta, lifecycleContext).stage, [lifecycleContext]);
  useAdoptedAmendments(open.workspace, snapshot, governing, me, stageOf);
  const restartSync = useCallback(() => setSettingsVersion((value) => value + 1), []);
  const rotateSecret = useRekey(open, governing, integrity, me, restartSync);
  const documentId = route.name === 'document' ? route.documentId : undefined;
  const documentOnScreen = useKeptThroughMergeGap(
    documentId === undefined ? undefined : documents.valid.find((meta) => meta.id === documentId),
    documentId,
  );
  useEffect(() => open.awareness.setLocalStateField('documentId', documentId ?? null), [open, sync, documentId]);
  useEndFirstPaint(route.name !== 'document' || documentOnScreen === undefined);
  useForgetStaleRenderings(open, documentId);

  const inviteOutOfDate = useOutOfDateInvite(open, status, profile !== undefined);
  const search = useLiveSearch(open);
  const automaticBackup = useAutomaticBackup({ open, snapshot, members: governing, maker: author });
  useRevealItem(open.id, 'member', (target) => (target.kind === 'member' ? target.memberId : undefined), '#members-heading');
  const stickyBar = useStickyBarHeight();

  if (inviteOutOfDate) {
    return (
      <main id="main" tabIndex={-1}>
        <h1>{t('workspace.unavailableTitle')}</h1>
        <p role="alert">{t('sync.inviteOutOfDate')}</p>
        <a href={routeHref({ name: 'workspaces' })}>{t('nav.backToWorkspaces')}</a>
      </main>
    );
  }

  const name = profile?.name ?? t('workspace.unnamed');
  const activeTab = route.name === 'proposal' ? 'proposals' : route.name === 'workspace' ? route.tab : undefined;
  const titleOf = (id: string) => documents.valid.find((meta) => meta.id === id)?.title;
  const bar = (
    <div className="workspace-bar" ref={stickyBar}>
      <SaveStatus open={open} maker={author} workspaceName={name} />
      <SyncStatusBadge status={status} sync={sync} relayCount={relays.length} />
      <RelayStatusBadge statuses={relays} />
      <SearchDialog scope="workspace" searcher={search.searcher} status={search.status} revision={search.revision} />
    </div>
  );

  if (route.name === 'document') {
    const meta = documentOnScreen;
    return (
      <>
        {bar}
        {meta ? (
          <DocumentScreen
            workspaceId={open.id}
            workspace={open.workspace}
            meta={meta}
            author={author}
            awareness={open.awareness}
            peersHere={peers.filter((peer) => peer.documentId === meta.id)}
            members={governing}
            me={me}
            integrity={integrity}
            snapshot={snapshot}
          />
        ) : (
          <main id="main" tabIndex={-1}>
            <h1>{t('documents.missing')}</h1>
            <a href={routeHref({ name: 'workspace', workspaceId: open.id, tab: 'documents' })}>{t('nav.backToDocuments')}</a>
          </main>
        )}
      </>
    );
  }

  return (
    <main id="main" tabIndex={-1}>
      {bar}
      <h1>{name}</h1>
      <PresenceList peers={peers} documentTitle={titleOf} />
      <nav aria-label={t('workspace.sections')} className="tabs">
        {WORKSPACE_TABS.map((tab) => (
          <a key={tab} href={routeHref({ name: 'workspace', workspaceId: open.id, tab })} aria-current={activeTab === tab ? 'page' : undefined}>
            {t(`workspace.tabs.${tab}`)}
          </a>
        ))}
      </nav>
      {activeTab === 'overview' && profile ? (
        <WorkspaceOverview
          workspace={open.workspace}
          profile={profile}
          members={members.valid}
          zone={me?.timeZone}
          onRenamed={(newName) => workspaces.registry.update(open.id, { name: newName }).then(() => undefined)}
        />
      ) : null}
      {activeTab === 'overview' && profile ? <ExportWorkspace open={open} snapshot={snapshot} members={governing} maker={author} /> : null}
      {activeTab === 'overview' ? <AutomaticBackupStatus state={automaticBackup} /> : null}
      {activeTab === 'overview' && !profile ? <p role="status">{t('sync.waitingForContent')}</p> : null}
      {activeTab === 'members' ? <MembersPanel
          workspace={open.workspace}
          members={members.valid}
          invalidCount={members.invalid.length}
          me={me}
          onAssignRole={(member, role) => (me ? assignRole(open.workspace, integrity, me, member, role) : Promise.resolve())}
        /> : null}
      {activeTab === 'documents' ? <DocumentsPanel workspaceId={open.id} workspace={open.workspace} documents={documents.valid} author={author} stageOf={stageOf} /> : null}
      {activeTab === 'proposals' ? (
        <ProposalsPanel
          workspaceId={open.id}
          workspace={open.workspace}
          members={governing}
          me={me}
          integrity={integrity}
          snapshot={snapshot}
          selectedProposalId={route.name === 'proposal' ? route.proposalId : undefined}
          stageOf={stageOf}
        />
      ) : null}
      {activeTab === 'meetings' ? <MeetingsPanel workspaceId={open.id} workspace={open.workspace} members={members.valid} me={me} /> : null}
      {activeTab === 'sharing' ? (
        <SharingPanel
          open={open}
          workspaceId={open.id}
          workspaceName={name}
          canInvite={me !== undefined && INVITING_ROLES.has(me.role)}
          inviteAdmission={inviteAdmission}
          onSettingsChanged={restartSync}
          onRotateSecret={me?.role === 'coordinator' ? rotateSecret : undefined}
        />
      ) : null}
    </main>
  );
}

const INVITING_ROLES = new Set(['coordinator', 'chair', 'vice-chair']);

/** A member who joined by invite adds themselves, with the identity they gave on first start. */
function useJoinAsMember(open: OpenWorkspace, identity: Identity, isMember: boolean): void {
  useEffect(() => {
    if (isMember) return;
    const { id: identityId, ...person } = identity;
    open.workspace.putMember({ ...person, id: crypto.randomUUID(), identityId, role: 'member', joinedAt: new Date().toISOString() });
  }, [open, identity, isMember]);
}
