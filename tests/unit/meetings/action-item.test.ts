import { describe, expect, it } from 'vitest';
import { canMarkActionDone, createActionItem, dueForOwner, dueInstant, isOverdue, setActionStatus, type ActionItem } from '../../../shared/meetings/action-item';

const now = new Date('2026-03-01T12:00:00Z');
function action(overrides: Partial<Parameters<typeof createActionItem>[0]> = {}): ActionItem {
  const result = createActionItem({ description: 'Send the draft charter to members', ownerIds: ['owner'], dueDate: '2026-03-31', dueTimeZone: 'Europe/Zurich' as string, ...overrides }, { id: 'a1', now });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('action items', () => {
  it('ends the due day at midnight where it was set, shown on the owner clock', () => {
    const item = action({ dueTimeZone: 'Europe/Zurich' });
    // Zurich is on summer time from 29 March: the day ends at 22:00 UTC.
    expect(dueInstant(item)?.toISOString()).toBe('2026-03-31T22:00:00.000Z');
    expect(dueForOwner(item, 'Asia/Kathmandu')).toBe('2026-04-01T03:45+05:45');
    expect(dueForOwner(item, 'America/New_York')).toBe('2026-03-31T18:00-04:00');
    expect(dueForOwner(action({ dueDate: undefined, dueTimeZone: 'UTC' }), 'UTC')).toBeUndefined();
  });

  it.each([
    ['2026-03-31T21:59:00Z', 'open', false],
    ['2026-03-31T22:00:00Z', 'open', true],
    ['2026-04-10T00:00:00Z', 'in-progress', true],
    ['2026-04-10T00:00:00Z', 'done', false],
    ['2026-04-10T00:00:00Z', 'cancelled', false],
  ] as const)('at %s a %s action is overdue: %s', (at, status, overdue) => {
    expect(isOverdue({ ...action({ dueTimeZone: 'Europe/Zurich' }), status }, new Date(at))).toBe(overdue);
  });

  it('is never overdue without a due date', () => {
    expect(isOverdue(action({ dueDate: undefined, dueTimeZone: 'UTC' }), new Date('2099-01-01T00:00:00Z'))).toBe(false);
  });

  it.each([
    [{ memberId: 'owner', role: 'member' }, true],
    [{ memberId: 'someone', role: 'coordinator' }, true],
    [{ memberId: 'someone', role: 'chair' }, false],
    [{ memberId: 'someone', role: 'member' }, false],
    [{ memberId: 'someone', role: 'observer' }, false],
  ] as const)('lets %j mark it done: %s', (actor, allowed) => {
    expect(canMarkActionDone(action(), actor)).toBe(allowed);
    const result = setActionStatus(action(), 'done', actor, now);
    expect(result.ok).toBe(allowed);
    if (result.ok) expect(result.value).toMatchObject({ status: 'done', completedBy: actor.memberId, completedAt: now.toISOString() });
    else expect(result.errors).toEqual({ status: 'errors.notAllowed' });
  });

  it('clears completion when reopened', () => {
    const done = setActionStatus(action(), 'done', { memberId: 'owner', role: 'member' }, now);
    if (!done.ok) throw new Error('fixture');
    expect(canMarkActionDone(done.value, { memberId: 'owner', role: 'member' })).toBe(false);
    const reopened = setActionStatus(done.value, 'open', { memberId: 'owner', role: 'member' }, now);
    expect(reopened.ok && reopened.value.completedBy).toBeUndefined();
  });

  it.each([
    [{ ownerIds: [] }, 'ownerIds', 'errors.ownerRequired'],
    [{ description: '' }, 'description', 'errors.required'],
    [{ dueDate: '2026-02-30' }, 'dueDate', 'errors.invalidDate'],
    [{ dueTimeZone: 'GMT+3' }, 'dueTimeZone', 'errors.unknownTimeZone'],
  ])('refuses %j', (change, field, key) => {
    const result = createActionItem({ description: 'x', ownerIds: ['o'], dueTimeZone: 'UTC', ...change }, { id: 'a', now });
    expect(result).toEqual({ ok: false, errors: { [field]: key } });
  });
});
