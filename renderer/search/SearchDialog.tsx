import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FoundGroup, FoundHit, Searcher } from './found';
import type { LiveSearchStatus } from './live-search';
import { openResult } from './open-result';
import { optionId, RESULTS_ID, SearchResults } from './SearchResults';
import './search.css';

/** Ctrl+K (⌘K on a Mac) anywhere on the screen, as in most apps. */
function isSearchShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';
}

/** The search button and its dialog; `scope` says what it searches (this workspace, or all of them). */
export function SearchDialog({ searcher, status, revision, scope }: { searcher: Searcher; status?: LiveSearchStatus; revision?: number; scope: 'workspace' | 'all' }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event)) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <>
      <button type="button" className="search-button" aria-keyshortcuts="Control+K" onClick={() => setOpen(true)}>
        {t(scope === 'all' ? 'search.openAll' : 'search.open')} <kbd aria-hidden="true">Ctrl K</kbd>
      </button>
      <dialog ref={dialog} className="search-dialog" aria-labelledby="search-heading" onClose={() => setOpen(false)}>
        {open ? <SearchPanel searcher={searcher} status={status} revision={revision} scope={scope} onDone={() => setOpen(false)} /> : null}
      </dialog>
    </>
  );
}

function SearchPanel({ searcher, status, revision, scope, onDone }: { searcher: Searcher; status?: LiveSearchStatus; revision?: number; scope: 'workspace' | 'all'; onDone: () => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [groups, setGroups] = useState<FoundGroup[]>([]);
  const [searched, setSearched] = useState('');
  const [active, setActive] = useState(0);
  const lastQuery = useRef('');
  const hits = groups.flatMap((group) => group.hits);

  useEffect(() => {
    let current = true;
    searcher(query).then(
      (found) => {
        if (!current) return;
        setGroups(found);
        setSearched(query);
        // A new query starts at the top; the same query refreshed by a peer's edit keeps the place.
        const count = found.reduce((sum, group) => sum + group.hits.length, 0);
        setActive((at) => (lastQuery.current === query ? Math.min(at, Math.max(count - 1, 0)) : 0));
        lastQuery.current = query;
      },
      () => current && setGroups([]),
    );
    return () => {
      current = false;
    };
    // `revision` changes when peers' edits reach the index, so open results follow them.
  }, [searcher, query, status, revision]);

  useEffect(() => {
    // A statement, not the effect's value: newer Chromium returns a promise from scrollIntoView.
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active, groups]);

  const open = (hit: FoundHit | undefined) => {
    if (!hit) return;
    onDone();
    openResult(hit);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    const last = hits.length - 1;
    if (event.key === 'ArrowDown') setActive((at) => (at >= last ? 0 : at + 1));
    else if (event.key === 'ArrowUp') setActive((at) => (at <= 0 ? Math.max(last, 0) : at - 1));
    else if (event.key === 'Enter') open(hits[active]);
    // Explicit, so Escape closes whatever the input would otherwise do with it.
    else if (event.key === 'Escape') onDone();
    else return;
    event.preventDefault();
  };

  const statusText =
    status === 'building' || status === 'loading'
      ? t('search.status.building')
      : query.trim() === ''
        ? status === 'rebuilt'
          ? t('search.status.rebuilt')
          : t('search.hint')
        : searched === query && hits.length === 0
          ? t('search.none', { query })
          : t('search.count', { count: hits.length });

  return (
    <div className="search-panel">
      <h2 id="search-heading">{t(scope === 'all' ? 'search.titleAll' : 'search.title')}</h2>
      <input
        id="search-input"
        type="text"
        role="combobox"
        aria-label={t('search.label')}
        aria-expanded={hits.length > 0}
        aria-controls={RESULTS_ID}
        aria-autocomplete="list"
        aria-activedescendant={hits.length > 0 ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        autoFocus
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <p role="status" className="search-status">
        {statusText}
      </p>
      <SearchResults groups={groups} active={active} onActivate={setActive} onOpen={open} />
      <button type="button" className="search-close" onClick={onDone}>
        {t('search.close')}
      </button>
    </div>
  );
}
