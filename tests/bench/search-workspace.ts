// Writes a workspace for search tests and the search bench straight into a Y.Doc, in the shapes the
// app writes (records parsed by the same schemas). Signed entries carry a placeholder signature:
// search indexes what the doc holds and leaves verification to the screen a result opens.
import * as Y from 'yjs';
import { DRAFT } from '../../shared/meetings/minutes-lifecycle';
import type { Meeting } from '../../shared/meetings/meeting';
import type { Minutes } from '../../shared/meetings/minutes';
import type { ActionItem } from '../../shared/meetings/action-item';
import type { Member } from '../../shared/members/member';
import type { Proposal } from '../../shared/proposals/proposal';
import { WorkspaceDoc } from '../../shared/workspace-doc/workspace-doc';

export const WORKSPACE_ID = 'ws-search';
const AT = '2026-03-02T10:00:00.000Z';
const author = { memberId: 'member-0', name: 'Amara Velde' };

export function member(index: number, fields: Partial<Member> = {}): Member {
  return {
    id: `member-${index}`,
    name: `Invented Person ${index}`,
    email: '',
    organisation: `Lantern Collective ${index % 17}`,
    stakeholderGroup: 'civil-society',
    region: index % 2 ? 'West Africa' : 'Andes',
    timeZone: 'UTC',
    role: 'member',
    joinedAt: AT,
    ...fields,
  };
}

export function proposal(id: string, title: string, text: string): Proposal {
  return {
    id,
    title,
    text,
    proposerId: 'member-0',
    target: { kind: 'standalone' },
    opensAt: AT,
    closesAt: '2026-03-09T10:00:00.000Z',
    arrivalGraceHours: 48,
    rule: { kind: 'consensus', quorum: null, includeObservers: false },
    createdAt: AT,
  };
}

function entry(kind: string, id: string, subjectId: string, content: Record<string, unknown>) {
  return { v: 1, id, kind, workspaceId: WORKSPACE_ID, subjectId, authorId: 'member-0', at: AT, content, signature: 'placeholder' };
}

export function putPosition(ydoc: Y.Doc, id: string, proposalId: string, reason: string): void {
  ydoc.getMap('positions').set(id, entry('position', id, proposalId, { stance: 'support-with-reservations', reason }));
}

export function putDecision(ydoc: Y.Doc, id: string, proposalId: string, summary: string, reasoning = ''): void {
  const content = {
    outcome: 'adopted',
    level: 'consensus',
    summary,
    reasoning,
    provisional: false,
    confirmationEndsAt: null,
    confirmationGraceHours: 48,
    counts: { support: 3, 'support-with-reservations': 0, 'stand-aside': 0, object: 0 },
    notResponded: 0,
    countedPositionIds: [],
    objectionsNoted: [],
  };
  ydoc.getMap('decisions').set(id, entry('decision', id, proposalId, content));
}

export function putView(ydoc: Y.Doc, id: string, documentId: string, title: string, text: string): void {
  ydoc.getMap('dissents').set(id, entry('dissent', id, documentId, { viewKind: 'minority', target: { kind: 'document', documentId }, title, text }));
}

export function reviseView(ydoc: Y.Doc, id: string, viewId: string, title: string, text: string): void {
  ydoc.getMap('dissents').set(id, { ...entry('dissent-revision', id, viewId, { title, text }), at: '2026-03-03T10:00:00.000Z' });
}

export function meeting(id: string, title: string, agendaTitles: readonly string[] = []): Meeting {
  return {
    id,
    title,
    start: '2026-03-10T14:00:00Z',
    timeZone: 'UTC',
    durationMinutes: 60,
    format: 'online',
    location: '',
    link: '',
    invitedMemberIds: [],
    agenda: agendaTitles.map((agendaTitle, index) => ({ id: `${id}-item-${index}`, title: agendaTitle, timeBoxMinutes: 10, documentIds: [], proposalIds: [] })),
    sequence: 0,
    changes: [],
    cancelled: false,
    createdAt: AT,
    updatedAt: AT,
  };
}

export function minutes(meetingId: string, items: readonly { keyPoints: string[]; nextSteps?: string[] }[]): Minutes {
  return {
    meetingId,
    version: 1,
    lifecycle: DRAFT,
    attendance: {},
    items: items.map((item, index) => ({
      agendaItemId: `${meetingId}-item-${index}`,
      summary: '',
      keyPoints: item.keyPoints,
      nextSteps: (item.nextSteps ?? []).map((text, step) => ({ id: `${meetingId}-step-${index}-${step}`, text, ownerIds: [] })),
      decisions: [],
    })),
    updatedAt: AT,
  };
}

export function action(id: string, description: string): ActionItem {
  return { id, description, ownerIds: ['member-0'], dueTimeZone: 'UTC', status: 'open', createdAt: AT, updatedAt: AT };
}

/** A document with the given paragraphs as its body, in the structure the editor binding writes. */
export function putDocument(workspace: WorkspaceDoc, id: string, title: string, paragraphs: readonly string[]): void {
  workspace.ydoc.transact(() => {
    workspace.createDocument({ id, title, type: 'blank', author, now: new Date(AT) });
    const body = workspace.body(id);
    body.delete(0, body.length);
    body.insert(
      0,
      paragraphs.map((text) => {
        const paragraph = new Y.XmlElement('paragraph');
        paragraph.insert(0, [new Y.XmlText(text)]);
        return paragraph;
      }),
    );
  });
}

/** A small workspace with one of each kind, for tests. */
export function sampleWorkspace(): WorkspaceDoc {
  const workspace = new WorkspaceDoc(new Y.Doc());
  const { ydoc } = workspace;
  workspace.putMember(member(0, { name: 'Amara Velde', organisation: 'Harbour Lights Network' }));
  workspace.putMember(member(1, { name: 'Kofi Marlowe', organisation: 'Estuary Institute' }));
  putDocument(workspace, 'doc-charter', 'Coalition charter', ['Purpose of the coalition', 'Members keep a shared mailing list for announcements.', 'The steering committee meets monthly.']);
  putDocument(workspace, 'doc-report', 'Annual report 2025', ['We held four workshops on community networks.']);
  ydoc.getMap('proposals').set('prop-1', proposal('prop-1', 'Move the mailing list', 'Move the mailing list to a self-hosted server.'));
  putPosition(ydoc, 'pos-1', 'prop-1', 'Only if the archive is kept.');
  putDecision(ydoc, 'dec-1', 'prop-1', 'The mailing list moves in June.', 'No objection was heard.');
  putView(ydoc, 'view-1', 'doc-charter', 'On monthly meetings', 'Monthly meetings exclude members in Pacific time zones.');
  ydoc.getMap('meetings').set('meet-1', meeting('meet-1', 'Virtual meeting #65', ['Mailing list migration', 'Workshop planning']));
  ydoc.getMap('minutes').set('meet-1', minutes('meet-1', [{ keyPoints: ['Participants favoured a lighthouse archive for the list.'], nextSteps: ['Draft the migration plan'] }, { keyPoints: ['Two workshops in autumn.'] }]));
  ydoc.getMap('actions').set('act-1', action('act-1', 'Ask the host about backups of the archive'));
  return workspace;
}
