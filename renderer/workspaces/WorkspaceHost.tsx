import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentMeta } from '../../shared/documents/document-meta';
import { useApp } from '../app/app-context';
import { routeHref, WORKSPACE_TABS, type Route } from '../app/router';
import { DocumentScreen } from '../documents/DocumentScreen';
import { DocumentsPanel } from '../documents/DocumentsPanel';
import { MembersPanel } from '../members/MembersPanel';
import { DamagedWorkspace } from './DamagedWorkspace';
import { SaveStatus } from './SaveStatus';
import { useOpenWorkspace, useWorkspaceVersion, type OpenState } from './use-open-workspace';
import type { OpenWorkspace } from './workspace-service';
import { WorkspaceOverview } from './WorkspaceOverview';

type WorkspaceRoute = Extract<Route, { name: 'workspace' | 'document' }>;

/** Keeps one workspace open across its screens (overview, members, documents, a document). */
export function WorkspaceHost({ route }: { route: WorkspaceRoute }) {
  const state = useOpenWorkspace(route.workspaceId);
  if (state.status === 'open') return <OpenWorkspaceView open={state.open} route={route} />;
  return <WorkspaceUnavailable state={state} workspaceId={route.workspaceId} />;
}

function WorkspaceUnavailable({ state, workspaceId }: { state: Exclude<OpenState, { status: 'open' }>; workspaceId: string }) {
  const { t } = useTranslation();
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
  const { identity, workspaces } = useApp();
  const version = useWorkspaceVersion(open.workspace);
  const { profile, members, documents } = useMemo(
    () => ({ profile: open.workspace.profile(), members: open.workspace.members(), documents: open.workspace.documents() }),
    // `version` changes whenever the shared state does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [open, version],
  );
  const me = members.valid.find((member) => member.identityId === identity.id);
  const authorId = me?.id ?? identity.id;
  const authorName = me?.name ?? identity.name;
  const author = useMemo<DocumentMeta['updatedBy']>(() => ({ memberId: authorId, name: authorName }), [authorId, authorName]);
  const name = profile?.name ?? t('workspace.unnamed');

  if (route.name === 'document') {
    const meta = documents.valid.find((candidate) => candidate.id === route.documentId);
    return (
      <>
        <SaveStatus persistence={open.persistence} />
        {meta ? (
          <DocumentScreen workspaceId={open.id} workspace={open.workspace} meta={meta} author={author} />
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
      <SaveStatus persistence={open.persistence} />
      <h1>{name}</h1>
      <nav aria-label={t('workspace.sections')} className="tabs">
        {WORKSPACE_TABS.map((tab) => (
          <a key={tab} href={routeHref({ name: 'workspace', workspaceId: open.id, tab })} aria-current={route.tab === tab ? 'page' : undefined}>
            {t(`workspace.tabs.${tab}`)}
          </a>
        ))}
      </nav>
      {route.tab === 'overview' && profile ? (
        <WorkspaceOverview
          workspace={open.workspace}
          profile={profile}
          members={members.valid}
          onRenamed={(newName) => workspaces.registry.update(open.id, { name: newName }).then(() => undefined)}
        />
      ) : null}
      {route.tab === 'members' ? <MembersPanel workspace={open.workspace} members={members.valid} invalidCount={members.invalid.length} /> : null}
      {route.tab === 'documents' ? <DocumentsPanel workspaceId={open.id} workspace={open.workspace} documents={documents.valid} author={author} /> : null}
    </main>
  );
}
