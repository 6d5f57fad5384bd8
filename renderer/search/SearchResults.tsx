import { useTranslation } from 'react-i18next';
import type { FoundGroup, FoundHit } from './found';
import { Highlighted } from './Highlighted';

export const RESULTS_ID = 'search-results';
export const optionId = (index: number): string => `search-option-${index}`;

/** The listbox of the search combobox: one group per kind, each hit an option with its snippet. */
export function SearchResults({ groups, active, onActivate, onOpen }: { groups: FoundGroup[]; active: number; onActivate: (index: number) => void; onOpen: (hit: FoundHit) => void }) {
  const { t } = useTranslation();
  let index = 0;
  return (
    <div role="listbox" id={RESULTS_ID} aria-label={t('search.results')} className="search-results">
      {groups.map((group) => (
        <div role="group" key={group.kind} aria-labelledby={`search-group-${group.kind}`}>
          <div id={`search-group-${group.kind}`} className="search-group-label" aria-hidden="true">
            {t(`search.kinds.${group.kind}`)}
          </div>
          {group.hits.map((hit) => {
            const at = index++;
            return (
              <div
                key={`${hit.workspaceId}/${hit.id}`}
                id={optionId(at)}
                role="option"
                aria-selected={at === active}
                className="search-hit"
                onMouseMove={() => at !== active && onActivate(at)}
                onClick={() => onOpen(hit)}
              >
                <span className="search-hit-title">
                  {hit.titleSnippet.segments.length > 0 ? <Highlighted segments={hit.titleSnippet.segments} /> : (hit.context ?? t(`search.untitled.${hit.kind}`))}
                  {hit.workspaceName ? <span className="search-hit-workspace"> · {hit.workspaceName}</span> : null}
                </span>
                {hit.snippet.segments.length > 0 ? (
                  <span className="search-hit-snippet">
                    <Highlighted segments={hit.snippet.segments} />
                  </span>
                ) : null}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
