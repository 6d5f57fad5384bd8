import * as Y from 'yjs';
import { DissentContentSchema, DissentRevisionContentSchema } from '../dissent/dissent';
import { DocumentMetaSchema } from '../documents/document-meta';
import { byTime } from '../integrity/verify-entry';
import { SignedEntrySchema } from '../integrity/signed-entry';
import { ActionItemSchema } from '../meetings/action-item';
import { MeetingSchema } from '../meetings/meeting';
import { MinutesSchema } from '../meetings/minutes';
import { MemberSchema } from '../members/member';
import { DecisionContentSchema } from '../proposals/decision';
import { PositionContentSchema } from '../proposals/position';
import { ProposalSchema } from '../proposals/proposal';
import { BODY_PREFIX } from '../workspace-doc/workspace-doc';
import { bodyPassages } from './body-passages';
import type { SearchRecord, SearchTarget } from './search-record';

/**
 * Which Y.Doc maps search reads, and how each key becomes records. Everything is parsed as it is
 * read, since any peer may have written it; a record that does not parse is simply not found.
 * Signed entries are indexed as written: the screen a result opens shows whether they verify.
 */
export const MAP_SOURCES = ['members', 'documents', 'proposals', 'positions', 'decisions', 'meetings', 'minutes', 'actions'] as const;
/** Sources folded whole (a view's text is its latest revision), under the single key ''. */
export const WHOLE_SOURCES = ['dissents'] as const;
export const WHOLE_KEY = '';

export const bodySource = (documentId: string): string => `${BODY_PREFIX}${documentId}`;

const lines = (...parts: readonly (string | undefined)[]): string => parts.filter((part): part is string => !!part && part.trim() !== '').join('\n');

function titleOf(ydoc: Y.Doc, map: string, id: string): string {
  const value = ydoc.getMap(map).get(id);
  return typeof value === 'object' && value !== null && 'title' in value && typeof value.title === 'string' ? value.title : '';
}

function signed<T>(value: unknown, kind: string, schema: { safeParse(input: unknown): { success: true; data: T } | { success: false } }) {
  const entry = SignedEntrySchema.safeParse(value);
  if (!entry.success || entry.data.kind !== kind) return undefined;
  const content = schema.safeParse(entry.data.content);
  return content.success ? { ...entry.data, content: content.data } : undefined;
}

type KeyReader = (ydoc: Y.Doc, key: string, source: string) => SearchRecord[];

const readers: Record<(typeof MAP_SOURCES)[number], KeyReader> = {
  members(ydoc, key, source) {
    const member = MemberSchema.safeParse(ydoc.getMap(source).get(key));
    if (!member.success || member.data.id !== key) return [];
    const { name, organisation, region, email } = member.data;
    return [{ id: `member:${key}`, kind: 'member', title: name, text: lines(organisation, region, email), target: { kind: 'member', memberId: key }, source, key }];
  },
  documents(ydoc, key, source) {
    const meta = DocumentMetaSchema.safeParse(ydoc.getMap(source).get(key));
    if (!meta.success || meta.data.id !== key) return [];
    return [{ id: `document:${key}`, kind: 'document', title: meta.data.title, text: '', target: { kind: 'document', documentId: key }, source, key }];
  },
  proposals(ydoc, key, source) {
    const proposal = ProposalSchema.safeParse(ydoc.getMap(source).get(key));
    if (!proposal.success || proposal.data.id !== key) return [];
    return [{ id: `proposal:${key}`, kind: 'proposal', title: proposal.data.title, text: proposal.data.text, target: { kind: 'proposal', proposalId: key }, source, key }];
  },
  positions(ydoc, key, source) {
    const entry = signed(ydoc.getMap(source).get(key), 'position', PositionContentSchema);
    if (!entry || entry.id !== key || entry.content.reason === '') return [];
    const target: SearchTarget = { kind: 'proposal', proposalId: entry.subjectId, itemId: key };
    return [{ id: `position:${key}`, kind: 'position', title: titleOf(ydoc, 'proposals', entry.subjectId), text: entry.content.reason, target, source, key }];
  },
  decisions(ydoc, key, source) {
    const entry = signed(ydoc.getMap(source).get(key), 'decision', DecisionContentSchema);
    if (!entry || entry.id !== key) return [];
    const target: SearchTarget = { kind: 'proposal', proposalId: entry.subjectId, itemId: key };
    const text = lines(entry.content.summary, entry.content.reasoning);
    return [{ id: `decision:${key}`, kind: 'decision', title: titleOf(ydoc, 'proposals', entry.subjectId), text, target, source, key }];
  },
  meetings(ydoc, key, source) {
    const meeting = MeetingSchema.safeParse(ydoc.getMap(source).get(key));
    if (!meeting.success || meeting.data.id !== key) return [];
    const text = lines(meeting.data.location, ...meeting.data.agenda.map((item) => item.title));
    return [{ id: `meeting:${key}`, kind: 'meeting', title: meeting.data.title, text, target: { kind: 'meeting', meetingId: key }, source, key }];
  },
  minutes(ydoc, key, source) {
    // Approved versions archived under "id#vN" are history; search finds the current minutes.
    if (key.includes('#')) return [];
    const minutes = MinutesSchema.safeParse(ydoc.getMap(source).get(key));
    if (!minutes.success || minutes.data.meetingId !== key) return [];
    const meeting = MeetingSchema.safeParse(ydoc.getMap('meetings').get(key));
    const agendaTitle = (itemId: string) => (meeting.success ? meeting.data.agenda.find((item) => item.id === itemId)?.title : undefined) ?? '';
    return minutes.data.items.flatMap((item): SearchRecord[] => {
      const text = lines(item.summary, ...item.keyPoints, ...item.nextSteps.map((step) => step.text), ...item.decisions.map((decision) => decision.text));
      if (text === '') return [];
      const target: SearchTarget = { kind: 'meeting', meetingId: key, itemId: item.agendaItemId };
      return [{ id: `minutes:${key}:${item.agendaItemId}`, kind: 'minutes', title: agendaTitle(item.agendaItemId), text, target, source, key }];
    });
  },
  actions(ydoc, key, source) {
    const action = ActionItemSchema.safeParse(ydoc.getMap(source).get(key));
    if (!action.success || action.data.id !== key) return [];
    return [{ id: `action:${key}`, kind: 'action', title: '', text: action.data.description, target: { kind: 'actions', actionId: key }, source, key }];
  },
};

/** Minority and dissenting views, each with the wording of its author's latest revision. */
function dissentRecords(ydoc: Y.Doc, source: string): SearchRecord[] {
  const map = ydoc.getMap(source);
  const views = new Map<string, { authorId: string; title: string; text: string; target: SearchTarget; at: string; id: string }>();
  const revisions: { subjectId: string; authorId: string; title: string; text: string; at: string; id: string }[] = [];
  map.forEach((value) => {
    const view = signed(value, 'dissent', DissentContentSchema);
    if (view) {
      const { target: on } = view.content;
      const target: SearchTarget =
        on.kind === 'document' || on.kind === 'passage'
          ? { kind: 'document', documentId: on.documentId }
          : on.kind === 'proposal'
            ? { kind: 'proposal', proposalId: on.proposalId, itemId: view.id }
            : { kind: 'proposal', proposalId: decisionProposal(ydoc, on.decisionId) ?? on.decisionId, itemId: view.id };
      views.set(view.id, { authorId: view.authorId, title: view.content.title, text: view.content.text, target, at: view.at, id: view.id });
      return;
    }
    const revision = signed(value, 'dissent-revision', DissentRevisionContentSchema);
    if (revision) revisions.push({ subjectId: revision.subjectId, authorId: revision.authorId, ...revision.content, at: revision.at, id: revision.id });
  });
  for (const revision of revisions.sort(byTime)) {
    const view = views.get(revision.subjectId);
    if (view && view.authorId === revision.authorId) Object.assign(view, { title: revision.title, text: revision.text });
  }
  return [...views.values()].map((view) => ({ id: `view:${view.id}`, kind: 'view', title: view.title, text: view.text, target: view.target, source, key: WHOLE_KEY }));
}

function decisionProposal(ydoc: Y.Doc, decisionId: string): string | undefined {
  return signed(ydoc.getMap('decisions').get(decisionId), 'decision', DecisionContentSchema)?.subjectId;
}

/** The records one key of one source holds now (none when it was deleted or does not parse). */
export function recordsAt(ydoc: Y.Doc, source: string, key: string): SearchRecord[] {
  if (source.startsWith(BODY_PREFIX)) {
    const documentId = source.slice(BODY_PREFIX.length);
    return ydoc.getMap('documents').has(documentId) ? bodyPassages(ydoc.getXmlFragment(source), documentId, source) : [];
  }
  if (source === 'dissents') return dissentRecords(ydoc, source);
  const reader = (readers as Record<string, KeyReader | undefined>)[source];
  return reader ? reader(ydoc, key, source) : [];
}

export function isSearchSource(source: string): boolean {
  return source.startsWith(BODY_PREFIX) || (MAP_SOURCES as readonly string[]).includes(source) || (WHOLE_SOURCES as readonly string[]).includes(source);
}

/** Every (source, key) the doc holds now: where a full build or a reconciliation looks. */
export function allSourceKeys(ydoc: Y.Doc): Map<string, Set<string>> {
  const keys = new Map<string, Set<string>>();
  for (const source of MAP_SOURCES) keys.set(source, new Set(ydoc.getMap(source).keys()));
  for (const source of WHOLE_SOURCES) keys.set(source, new Set([WHOLE_KEY]));
  for (const documentId of ydoc.getMap('documents').keys()) keys.set(bodySource(documentId), new Set([WHOLE_KEY]));
  return keys;
}
