import { describe, expect, it } from 'vitest';
import { approve, circulate, DRAFT, withdraw, type MinutesLifecycle } from '../../../shared/meetings/minutes-lifecycle';
import { emptyMinutes, newMinutesVersion, nextStepToAction, recordAgendaAdoption, updateItemMinutes, withLifecycle, type Minutes } from '../../../shared/meetings/minutes';

const t0 = new Date('2026-05-04T15:00:00Z');
// No clock change in Berlin within a week of t0, so its days are 86,400,000 ms long there.
const ZONE = 'Europe/Berlin';
const days = (n: number): Date => new Date(t0.getTime() + n * 86_400_000);

function ok<T>(result: { ok: true; value: T } | { ok: false; errors: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('minutes lifecycle', () => {
  it('goes draft → circulated → approved, approval waiting for the comment period', () => {
    const circulated = ok(circulate(DRAFT, t0, ZONE, 7));
    expect(circulated).toEqual({ state: 'circulated', circulatedAt: t0.toISOString(), commentsUntil: days(7).toISOString() });
    expect(approve(circulated, 'chair', days(6))).toEqual({ ok: false, errors: { state: 'errors.circulationPeriodOpen' } });
    expect(ok(approve(circulated, 'chair', days(7)))).toEqual({ state: 'approved', circulatedAt: t0.toISOString(), approvedAt: days(7).toISOString(), approvedBy: 'chair' });
  });

  const approved: MinutesLifecycle = { state: 'approved', circulatedAt: t0.toISOString(), approvedAt: days(7).toISOString(), approvedBy: 'chair' };
  const circulated: MinutesLifecycle = { state: 'circulated', circulatedAt: t0.toISOString(), commentsUntil: days(7).toISOString() };

  it.each([
    ['circulate', approved],
    ['circulate', circulated],
    ['approve', DRAFT],
    ['approve', approved],
    ['withdraw', DRAFT],
    ['withdraw', approved],
  ] as const)('refuses %s from %j', (transition, from) => {
    const result = transition === 'circulate' ? circulate(from, t0, ZONE) : transition === 'approve' ? approve(from, 'chair', days(30)) : withdraw(from);
    expect(result).toEqual({ ok: false, errors: { state: 'errors.invalidTransition' } });
  });

  it('counts the comment period in calendar days of the zone, across a daylight-saving change', () => {
    // Berlin moves to summer time on 29 March 2026: a week from 25 March 16:00 is 1 April 16:00, only 167 hours on.
    const circulatedAt = new Date('2026-03-25T15:00:00Z');
    expect(ok(circulate(DRAFT, circulatedAt, ZONE, 7))).toMatchObject({ commentsUntil: '2026-04-01T14:00:00.000Z' });
    expect(ok(circulate(DRAFT, circulatedAt, 'UTC', 7))).toMatchObject({ commentsUntil: '2026-04-01T15:00:00.000Z' });
  });

  it('withdraws circulated minutes to draft, and refuses a silly period', () => {
    expect(ok(withdraw(circulated))).toEqual(DRAFT);
    expect(circulate(DRAFT, t0, ZONE, 0)).toEqual({ ok: false, errors: { periodDays: 'errors.invalidCirculationPeriod' } });
    expect(circulate(DRAFT, t0, ZONE, 1.5)).toEqual({ ok: false, errors: { periodDays: 'errors.invalidCirculationPeriod' } });
  });
});

describe('minutes', () => {
  const base = (): Minutes =>
    ok(
      updateItemMinutes(
        emptyMinutes('meeting-1', t0),
        'item-1',
        {
          keyPoints: ['The charter needs a dispute resolution clause.'],
          nextSteps: [{ id: 'step-1', text: 'Draft the clause', ownerIds: ['m2'], dueDate: '2026-05-31' }, { id: 'step-2', text: 'Ask the secretariat', ownerIds: [] }],
          decisions: [{ id: 'd-1', text: 'Adopt the timeline', status: 'provisional' }],
        },
        t0,
      ),
    );

  it('records agenda adoption and per-item notes', () => {
    const minutes = ok(recordAgendaAdoption(base(), 'The agenda was adopted without objection.', t0));
    expect(minutes.agendaAdoption).toEqual({ text: 'The agenda was adopted without objection.', recordedAt: t0.toISOString() });
    expect(minutes.items[0]?.keyPoints).toHaveLength(1);
    expect(updateItemMinutes(minutes, 'item-1', { keyPoints: ['  '] }, t0)).toEqual({ ok: false, errors: { items: 'errors.required' } });
  });

  it('turns a next step into an action item and links them', () => {
    const { minutes, action } = ok(nextStepToAction(base(), 'item-1', 'step-1', { actionId: 'a-1', dueTimeZone: 'Europe/Zurich', now: t0 }));
    expect(action).toMatchObject({ id: 'a-1', description: 'Draft the clause', ownerIds: ['m2'], dueDate: '2026-05-31', meetingId: 'meeting-1', agendaItemId: 'item-1', status: 'open' });
    expect(minutes.items[0]?.nextSteps[0]?.actionId).toBe('a-1');
    expect(nextStepToAction(minutes, 'item-1', 'step-1', { actionId: 'a-2', dueTimeZone: 'UTC', now: t0 })).toEqual({ ok: false, errors: { stepId: 'errors.alreadyAnAction' } });
    expect(nextStepToAction(minutes, 'item-1', 'step-2', { actionId: 'a-2', dueTimeZone: 'UTC', now: t0 })).toEqual({ ok: false, errors: { ownerIds: 'errors.ownerRequired' } });
  });

  it('locks approved minutes; a change needs a new version', () => {
    const circulated = ok(withLifecycle(base(), circulate(DRAFT, t0, ZONE, 7), t0));
    // Corrections during circulation are fine.
    const corrected = ok(updateItemMinutes(circulated, 'item-1', { summary: 'Corrected.' }, days(1)));
    const approved = ok(withLifecycle(corrected, approve(corrected.lifecycle, 'chair', days(8)), days(8)));
    expect(updateItemMinutes(approved, 'item-1', { summary: 'Sneaky edit' }, days(9))).toEqual({ ok: false, errors: { _form: 'errors.minutesLocked' } });
    expect(approved.items[0]?.summary).toBe('Corrected.');
    const next = ok(newMinutesVersion(approved, days(9)));
    expect(next).toMatchObject({ version: 2, lifecycle: { state: 'draft' } });
    expect(ok(updateItemMinutes(next, 'item-1', { summary: 'Amended' }, days(9))).items[0]?.summary).toBe('Amended');
    expect(newMinutesVersion(next, days(9))).toEqual({ ok: false, errors: { _form: 'errors.invalidTransition' } });
  });
});
