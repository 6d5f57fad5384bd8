import { createContext, useCallback, useContext, useMemo, useRef, useSyncExternalStore } from 'react';
import { MeetingsDoc } from '../../shared/meetings/meetings-doc';
import type { Formats } from '../../shared/i18n/formats';
import type { Member } from '../../shared/members/member';
import type { WorkspaceDoc } from '../../shared/workspace-doc/workspace-doc';

/** Sub-screens of the Meetings tab, kept as local state: the tab's route stays the same. */
export type MeetingsView =
  | { name: 'meetings' }
  | { name: 'meeting'; meetingId: string }
  | { name: 'polls' }
  | { name: 'date-poll'; pollId: string }
  | { name: 'choice-poll'; pollId: string }
  | { name: 'ranked-poll'; pollId: string }
  | { name: 'actions' };

export interface MeetingsScope {
  doc: MeetingsDoc;
  workspace: WorkspaceDoc;
  members: Member[];
  me: Member | undefined;
  /** The current user's zone, in which they plan and read every time. */
  zone: string;
  locale: string;
  /** Dates, times and durations on `zone`'s clock in the member's locale (decision 0027). */
  formats: Formats;
  go(view: MeetingsView): void;
}

/** Every sub-screen's h3 carries this id and tabIndex -1, so focus can move to it. */
export const SCREEN_HEADING_ID = 'meetings-screen-heading';

export const MeetingsContext = createContext<MeetingsScope | null>(null);

export function useMeetings(): MeetingsScope {
  const scope = useContext(MeetingsContext);
  if (!scope) throw new Error('useMeetings outside MeetingsPanel');
  return scope;
}

/** The workspace's meetings part, re-rendering the caller whenever meetings, polls, minutes or actions change. */
export function useMeetingsDoc(workspace: WorkspaceDoc): { doc: MeetingsDoc; version: number } {
  const doc = useMemo(() => new MeetingsDoc(workspace.ydoc), [workspace]);
  const version = useRef(0);
  const subscribe = useCallback(
    (notify: () => void) =>
      doc.observe(() => {
        version.current++;
        notify();
      }),
    [doc],
  );
  const current = useSyncExternalStore(subscribe, () => version.current);
  return { doc, version: current };
}
