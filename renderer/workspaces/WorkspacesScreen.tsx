import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../app/app-context';
import { RestoreBackup } from '../backup/RestoreBackup';
import { navigate } from '../app/router';
import { LanguageMenu } from '../i18n/LanguageMenu';
import { useAllWorkspacesSearcher } from '../search/all-workspaces';
import { SearchDialog } from '../search/SearchDialog';
import { JoinWorkspaceForm } from '../sync/JoinWorkspaceForm';
import { exportRawWorkspace } from './export-raw';
import { useRegistry } from './use-registry';
import { WorkspaceListItem } from './WorkspaceListItem';
import { WorkspaceProfileForm } from './WorkspaceProfileForm';

export function WorkspacesScreen({ inviteCode }: { inviteCode?: string }) {
  const { t } = useTranslation();
  const { workspaces, identity, platform, installKey } = useApp();
  const { items, error, reload } = useRegistry();
  const [status, setStatus] = useState('');
  const searchAll = useAllWorkspacesSearcher();

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      setStatus(done);
    } catch (failure) {
      setStatus(t('errors.actionFailed', { reason: failure instanceof Error ? failure.message : String(failure) }));
    }
    await reload();
  };

  const active = items?.filter((item) => item.status === 'ok' && !item.entry.archived) ?? [];
  const archived = items?.filter((item) => item.status === 'ok' && item.entry.archived) ?? [];
  const damaged = items?.filter((item) => item.status === 'damaged') ?? [];
  const names = useMemo(() => (items ?? []).flatMap((item) => (item.status === 'ok' ? [item.entry.name] : [])), [items]);
  const nameById = useMemo(() => new Map((items ?? []).flatMap((item) => (item.status === 'ok' ? [[item.entry.id, item.entry.name] as const] : []))), [items]);

  return (
    <main id="main" tabIndex={-1}>
      <LanguageMenu />
      <h1>{t('workspaces.title')}</h1>
      <SearchDialog scope="all" searcher={searchAll} />
      <p role="status" className="status-line">
        {status}
      </p>
      {error ? <p role="alert">{t('errors.listFailed')}</p> : null}
      <section aria-labelledby="active-heading">
        <h2 id="active-heading">{t('workspaces.yours')}</h2>
        {items === undefined ? <p>{t('common.loading')}</p> : null}
        {items !== undefined && active.length === 0 ? <p>{t('workspaces.none')}</p> : null}
        <ul className="workspace-list">
          {active.map((item) =>
            item.status === 'ok' ? (
              <WorkspaceListItem
                key={item.entry.id}
                entry={item.entry}
                onRename={(name) => run(() => workspaces.rename(item.entry.id, name), t('workspaces.renamed', { name }))}
                onArchive={(value) => run(() => workspaces.registry.update(item.entry.id, { archived: value }), t('workspaces.archived', { name: item.entry.name }))}
              />
            ) : null,
          )}
        </ul>
      </section>
      {damaged.length > 0 ? (
        <section aria-labelledby="damaged-heading">
          <h2 id="damaged-heading">{t('workspaces.damagedTitle')}</h2>
          <p>{t('workspaces.damagedExplanation')}</p>
          <ul className="workspace-list">
            {damaged.map((item) =>
              item.status === 'damaged' ? (
                <li key={item.id} className="workspace-item damaged">
                  <span className="workspace-name">{item.label}</span>
                  <button type="button" onClick={() => void run(() => exportRawWorkspace(platform, workspaces.registry, item.id), t('workspaces.rawExported'))}>
                    {t('workspaces.exportRaw')}
                  </button>
                </li>
              ) : null,
            )}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="join-heading">
        <h2 id="join-heading">{t('sync.joinTitle')}</h2>
        <JoinWorkspaceForm
          initialCode={inviteCode ?? ''}
          onJoin={(invite) => workspaces.join(invite)}
          onAddServers={(id, servers) => workspaces.addServers(id, servers)}
          onOpen={(id) => void reload().then(() => navigate({ name: 'workspace', workspaceId: id, tab: 'documents' }))}
        />
      </section>
      <section>
        <RestoreBackup onRestored={() => void reload()} nameOf={(id) => nameById.get(id)} />
      </section>
      <section aria-labelledby="create-heading">
        <h2 id="create-heading">{t('workspaces.create')}</h2>
        <WorkspaceProfileForm
          idPrefix="new-workspace"
          otherNames={names}
          submitLabel={t('workspaces.createButton')}
          onSave={async (profile) => {
            const id = await workspaces.create(profile, identity, new Date(), installKey);
            await reload();
            navigate({ name: 'workspace', workspaceId: id, tab: 'overview' });
          }}
        />
      </section>
      {archived.length > 0 ? (
        <section aria-labelledby="archived-heading">
          <h2 id="archived-heading">{t('workspaces.archivedTitle')}</h2>
          <ul className="workspace-list">
            {archived.map((item) =>
              item.status === 'ok' ? (
                <WorkspaceListItem
                  key={item.entry.id}
                  entry={item.entry}
                  onRename={(name) => run(() => workspaces.rename(item.entry.id, name), t('workspaces.renamed', { name }))}
                  onArchive={(value) => run(() => workspaces.registry.update(item.entry.id, { archived: value }), t('workspaces.restored', { name: item.entry.name }))}
                />
              ) : null,
            )}
          </ul>
        </section>
      ) : null}
    </main>
  );
}
