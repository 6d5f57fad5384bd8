import { describe, expect, it } from 'vitest';
import { agendaTiming, AgendaItemSchema, moveAgendaItem, removeAgendaItem, type AgendaItem } from '../../../shared/meetings/agenda';

const item = (id: string, minutes: number): AgendaItem => AgendaItemSchema.parse({ id, title: `Item ${id}`, timeBoxMinutes: minutes });
const agenda = [item('a', 10), item('b', 30), item('c', 25), item('d', 5)];

describe('agenda', () => {
  it.each([
    ['c', 0, ['c', 'a', 'b', 'd']],
    ['a', 3, ['b', 'c', 'd', 'a']],
    ['a', 99, ['b', 'c', 'd', 'a']],
    ['d', -4, ['d', 'a', 'b', 'c']],
    ['b', 1, ['a', 'b', 'c', 'd']],
    ['zz', 0, ['a', 'b', 'c', 'd']],
  ])('moves %s to %i', (id, to, order) => {
    expect(moveAgendaItem(agenda, id, to).map((entry) => entry.id)).toEqual(order);
    expect(agenda.map((entry) => entry.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('removes an item', () => {
    expect(removeAgendaItem(agenda, 'b').map((entry) => entry.id)).toEqual(['a', 'c', 'd']);
  });

  it('checks the total against the meeting length', () => {
    expect(agendaTiming(agenda, 90)).toEqual({
      totalMinutes: 70,
      meetingMinutes: 90,
      overrunMinutes: 0,
      spareMinutes: 20,
      fits: true,
      startOffsets: [
        { id: 'a', minutes: 0 },
        { id: 'b', minutes: 10 },
        { id: 'c', minutes: 40 },
        { id: 'd', minutes: 65 },
      ],
    });
    expect(agendaTiming(agenda, 60)).toMatchObject({ fits: false, overrunMinutes: 10, spareMinutes: 0 });
    expect(agendaTiming(agenda, 70).fits).toBe(true);
  });

  it('refuses an empty time box and keeps document and proposal links', () => {
    expect(AgendaItemSchema.safeParse({ id: 'x', title: 'AOB', timeBoxMinutes: 0 }).error?.issues[0]?.message).toBe('errors.durationNotPositive');
    const linked = AgendaItemSchema.parse({ id: 'x', title: 'Charter', leadMemberId: 'm2', timeBoxMinutes: 20, documentIds: ['doc-1'], proposalIds: ['p-3'] });
    expect(linked).toMatchObject({ leadMemberId: 'm2', documentIds: ['doc-1'], proposalIds: ['p-3'] });
  });
});
