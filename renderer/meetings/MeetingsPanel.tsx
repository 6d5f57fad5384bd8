import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../shared/members/member';
import type { WorkspaceDoc } from '../../shared/workspace-doc/workspace-doc';
import { ActionsView } from './ActionsView';
import { ChoicePollScreen } from './ChoicePollScreen';
import { DatePollScreen } from './DatePollScreen';
import { MeetingPage } from './MeetingPage';
import { MeetingsContext, SCREEN_HEADING_ID, useMeetingsDoc, type MeetingsScope, type MeetingsView } from './meetings-context';
import { MeetingsList } from './MeetingsList';
import { zoneOf } from './meeting-time';
import { useFormats } from '../i18n/use-formats';
import { PollsScreen } from './PollsScreen';
import { RankedPollScreen } from './RankedPollScreen';
import { revealElement } from '../search/reveal-element';
import { useReveal } from '../search/use-reveal';
import './meetings.css';

const SECTIONS = ['meetings', 'polls', 'actions'] as const;
type Section = (typeof SECTIONS)[number];

function sectionOf(view: MeetingsView): Section {
  if (view.name === 'meeting') return 'meetings';
  if (view.name === 'date-poll' || view.name === 'choice-poll' || view.name === 'ranked-poll') return 'polls';
  return view.name;
}

/** The workspace's Meetings tab: meetings and planning, polls, and actions across the workspace. */
export function MeetingsPanel({ workspaceId, workspace, members, me }: { workspaceId: string; workspace: WorkspaceDoc; members: Member[]; me: Member | undefined }) {
  const { t } = useTranslation();
  const { doc, version } = useMeetingsDoc(workspace);
  const [view, setView] = useState<MeetingsView>({ name: 'meetings' });
  const section = sectionOf(view);
  const zone = zoneOf(me);
  const formats = useFormats(zone);
  const scope = useMemo<MeetingsScope>(
    () => ({ doc, workspace, members, me, zone, locale: formats.locale, formats, go: setView }),
    // `version` changes whenever the meetings data does, so consumers re-read it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [doc, workspace, members, me, zone, formats, version],
  );
  useFocusOnViewChange(view);
  // A search result for a meeting, its minutes or an action opens the sub-screen that shows it.
  useReveal(workspaceId, (target) => {
    if (target.kind === 'meeting')
      return () => {
        setView({ name: 'meeting', meetingId: target.meetingId });
        revealElement(target.itemId, `#${SCREEN_HEADING_ID}`);
      };
    if (target.kind === 'actions')
      return () => {
        setView({ name: 'actions' });
        revealElement(target.actionId, `#${SCREEN_HEADING_ID}`);
      };
    return undefined;
  });

  return (
    <MeetingsContext.Provider value={scope}>
      <section aria-labelledby="meetings-heading" className="meetings">
        <h2 id="meetings-heading">{t('meetings.title')}</h2>
        <nav aria-label={t('meetings.sections')} className="meetings-nav">
          {SECTIONS.map((name) => (
            <button key={name} type="button" aria-current={section === name ? 'page' : undefined} onClick={() => setView({ name } as MeetingsView)}>
              {t(`meetings.section.${name}`)}
            </button>
          ))}
        </nav>
        {view.name === 'meetings' ? <MeetingsList /> : null}
        {view.name === 'meeting' ? <MeetingPage meetingId={view.meetingId} /> : null}
        {view.name === 'polls' ? <PollsScreen /> : null}
        {view.name === 'date-poll' ? <DatePollScreen pollId={view.pollId} /> : null}
        {view.name === 'choice-poll' ? <ChoicePollScreen pollId={view.pollId} /> : null}
        {view.name === 'ranked-poll' ? <RankedPollScreen pollId={view.pollId} /> : null}
        {view.name === 'actions' ? <ActionsView /> : null}
      </section>
    </MeetingsContext.Provider>
  );
}

/** Moving between sub-screens puts keyboard and screen-reader focus on the new screen's heading, not the page top. */
function useFocusOnViewChange(view: MeetingsView): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById(SCREEN_HEADING_ID)?.focus();
  }, [view]);
}
