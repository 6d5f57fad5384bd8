import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requiredName } from '../../shared/validation';
import type { WorkspaceEntry } from '../../shared/workspaces/workspace-entry';
import { routeHref } from '../app/router';

export function WorkspaceListItem({
  entry,
  onRename,
  onArchive,
}: {
  entry: WorkspaceEntry;
  onRename: (name: string) => Promise<void>;
  onArchive: (archived: boolean) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(entry.name);
  const [error, setError] = useState<string>();
  const inputId = `rename-${entry.id}`;

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = requiredName.safeParse(name);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'errors.invalid');
    await onRename(parsed.data);
    setRenaming(false);
    setError(undefined);
  };

  return (
    <li className="workspace-item">
      {renaming ? (
        <form onSubmit={save} className="inline-form" noValidate>
          <label htmlFor={inputId}>{t('workspaces.newName')}</label>
          <input
            id={inputId}
            value={name}
            autoFocus
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${inputId}-error` : undefined}
            onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => event.key === 'Escape' && setRenaming(false)}
          />
          <button type="submit">{t('actions.save')}</button>
          <button type="button" onClick={() => setRenaming(false)}>
            {t('actions.cancel')}
          </button>
          {error ? (
            <p className="field-error" id={`${inputId}-error`}>
              {t(error)}
            </p>
          ) : null}
        </form>
      ) : (
        <>
          {entry.archived ? (
            <span className="workspace-name" dir="auto">{entry.name}</span>
          ) : (
            <a className="workspace-name" dir="auto" href={routeHref({ name: 'workspace', workspaceId: entry.id, tab: 'overview' })}>
              {entry.name}
            </a>
          )}
          <span className="item-actions">
            <button type="button" onClick={() => setRenaming(true)} aria-label={t('workspaces.renameNamed', { name: entry.name })}>
              {t('workspaces.rename')}
            </button>
            <button
              type="button"
              onClick={() => void onArchive(!entry.archived)}
              aria-label={t(entry.archived ? 'workspaces.restoreNamed' : 'workspaces.archiveNamed', { name: entry.name })}
            >
              {t(entry.archived ? 'workspaces.restore' : 'workspaces.archive')}
            </button>
          </span>
        </>
      )}
    </li>
  );
}
