import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createActionItem } from '../../../shared/meetings/action-item';
import { createChoicePoll } from '../../../shared/meetings/choice-poll';
import { createDatePoll } from '../../../shared/meetings/date-poll';
import { createMeeting } from '../../../shared/meetings/meeting';
import { MeetingsDoc } from '../../../shared/meetings/meetings-doc';
import { emptyMinutes, withLifecycle } from '../../../shared/meetings/minutes';

const now = new Date('2026-05-01T10:00:00Z');

function fixture() {
  const created = createMeeting(
    { title: 'Steering committee', startLocal: '2026-05-12T14:00', timeZone: 'Europe/Lisbon', durationMinutes: 60, format: 'online', invitedMemberIds: ['m1'] },
    { id: 'meeting-1', now },
  );
  if (!created.ok) throw new Error('fixture');
  return created.value.meeting;
}

describe('meetings document', () => {
  it('stores and reads meetings, polls, actions and no-go hours', () => {
    const doc = new MeetingsDoc(new Y.Doc());
    doc.putMeeting(fixture());
    const poll = createChoicePoll({ question: 'Venue?', options: [{ id: 'o1', label: 'Lisbon' }], mode: 'single' }, { id: 'poll-1', now });
    const action = createActionItem({ description: 'Book a room', ownerIds: ['m1'], dueTimeZone: 'Europe/Lisbon' }, { id: 'action-1', now });
    if (!poll.ok || !action.ok) throw new Error('fixture');
    doc.putPoll(poll.value);
    doc.putAction(action.value);
    doc.setNoGoHours('m1', { from: '21:00', until: '07:00' });
    expect(doc.meeting('meeting-1')?.start).toBe('2026-05-12T13:00:00Z');
    expect(doc.poll('poll-1')?.kind).toBe('choice');
    expect(doc.actions().valid.map((entry) => entry.id)).toEqual(['action-1']);
    expect(doc.noGoHours()).toEqual({ valid: { m1: { from: '21:00', until: '07:00' } }, invalid: [] });
  });

  it('reports entries a peer wrote badly instead of using them', () => {
    const ydoc = new Y.Doc();
    const doc = new MeetingsDoc(ydoc);
    doc.putMeeting(fixture());
    ydoc.getMap('meetings').set('broken', { ...fixture(), id: 'broken', timeZone: 'Atlantis/Capital' });
    ydoc.getMap('polls').set('p', { kind: 'choice', id: 'p', question: 'Empty', options: [], mode: 'single', createdAt: now.toISOString() });
    ydoc.getMap('noGoHours').set('m9', { from: '25:00', until: '06:00' });
    expect(doc.meetings()).toMatchObject({ valid: [{ id: 'meeting-1' }], invalid: ['broken'] });
    expect(doc.meeting('broken')).toBeUndefined();
    expect(doc.polls()).toEqual({ valid: [], invalid: ['p'] });
    expect(doc.noGoHours().invalid).toEqual(['m9']);
  });

  it('keeps approved minutes locked and archives them when a new version arrives', () => {
    const doc = new MeetingsDoc(new Y.Doc());
    const draft = emptyMinutes('meeting-1', now);
    expect(doc.putMinutes(draft)).toEqual({ ok: true });
    const approved = withLifecycle(draft, { ok: true, value: { state: 'approved', circulatedAt: now.toISOString(), approvedAt: now.toISOString(), approvedBy: 'm1' } }, now);
    if (!approved.ok) throw new Error('fixture');
    expect(doc.putMinutes(approved.value)).toEqual({ ok: true });
    // A peer with an old UI tries to overwrite the approved record.
    expect(doc.putMinutes({ ...draft, items: [{ agendaItemId: 'x', summary: 'edit', keyPoints: [], nextSteps: [], decisions: [] }] })).toEqual({ ok: false, error: 'errors.minutesLocked' });
    expect(doc.putMinutes({ ...approved.value, version: 2, lifecycle: { state: 'draft' } })).toEqual({ ok: true });
    expect(doc.minutes('meeting-1')?.version).toBe(2);
    expect(doc.archivedMinutes('meeting-1', 1)?.lifecycle.state).toBe('approved');
    expect(doc.allMinutes().valid.map((entry) => entry.version)).toEqual([2]);
    expect(doc.putMinutes(draft)).toEqual({ ok: false, error: 'errors.staleVersion' });
  });

  it('notifies observers of changes', () => {
    const doc = new MeetingsDoc(new Y.Doc());
    let calls = 0;
    const stop = doc.observe(() => (calls += 1));
    doc.putMeeting(fixture());
    stop();
    doc.putMeeting(fixture());
    expect(calls).toBe(1);
  });
});

describe('poll answers across peers', () => {
  it('keeps both answers when two members answer offline at the same time', () => {
    const created = createDatePoll(
      { title: 'Retreat', timeZone: 'UTC', durationMinutes: 60, slots: [{ id: 's1', start: '2026-06-01T10:00:00Z' }, { id: 's2', start: '2026-06-02T10:00:00Z' }] },
      { id: 'poll-1', now },
    );
    if (!created.ok) throw new Error('fixture');
    const first = new Y.Doc();
    new MeetingsDoc(first).putPoll(created.value);
    const second = new Y.Doc();
    Y.applyUpdate(second, Y.encodeStateAsUpdate(first));

    expect(new MeetingsDoc(first).answerPoll('poll-1', 'ana', { s1: 'yes', s2: 'no' }).ok).toBe(true);
    expect(new MeetingsDoc(second).answerPoll('poll-1', 'ben', { s1: 'if-need-be' }).ok).toBe(true);
    Y.applyUpdate(first, Y.encodeStateAsUpdate(second));
    Y.applyUpdate(second, Y.encodeStateAsUpdate(first));

    for (const ydoc of [first, second]) {
      const poll = new MeetingsDoc(ydoc).poll('poll-1');
      expect(poll?.kind === 'date' && poll.answers).toEqual({ ana: { s1: 'yes', s2: 'no' }, ben: { s1: 'if-need-be' } });
    }
    expect(new MeetingsDoc(first).answerPoll('poll-1', 'ana', { s9: 'yes' })).toEqual({ ok: false, errors: { answers: 'errors.unknownOption' } });
    expect(new MeetingsDoc(first).answerPoll('poll-1', 'ana', ['s1'])).toEqual({ ok: false, errors: { _form: 'errors.invalid' } });
  });

  it('records choice votes per member and refuses a second option in a single-choice poll', () => {
    const doc = new MeetingsDoc(new Y.Doc());
    const poll = createChoicePoll({ question: 'Venue?', options: [{ id: 'o1', label: 'Lisbon' }, { id: 'o2', label: 'Nairobi' }], mode: 'single' }, { id: 'q', now });
    if (!poll.ok) throw new Error('fixture');
    doc.putPoll(poll.value);
    expect(doc.answerPoll('q', 'ana', ['o2']).ok).toBe(true);
    expect(doc.answerPoll('q', 'ben', ['o1', 'o2'])).toEqual({ ok: false, errors: { optionIds: 'errors.singleChoiceOnly' } });
    const stored = doc.poll('q');
    expect(stored?.kind === 'choice' && stored.votes).toEqual({ ana: ['o2'] });
    expect(doc.answerPoll('missing', 'ana', ['o1'])).toEqual({ ok: false, errors: { _form: 'errors.notFound' } });
  });
});
