import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTyped, typedText } from '../../../shared/i18n/typed-date-time';

describe('dates and times typed into one field', () => {
  it('reads year-month-day with a 24-hour or a 12-hour time', () => {
    expect(parseTyped('2026-12-15 14:00', 'date-time')).toBe('2026-12-15T14:00');
    expect(parseTyped('2026-12-15T14:00', 'date-time')).toBe('2026-12-15T14:00');
    expect(parseTyped(' 2026-3-5 7:05 ', 'date-time')).toBe('2026-03-05T07:05');
    expect(parseTyped('2026-12-15 2:00 pm', 'date-time')).toBe('2026-12-15T14:00');
    expect(parseTyped('2026-12-15 12:30 a.m.', 'date-time')).toBe('2026-12-15T00:30');
    expect(parseTyped('2026/12/15, 14h00', 'date-time')).toBe('2026-12-15T14:00');
    expect(parseTyped('2026-12-15', 'date')).toBe('2026-12-15');
    expect(parseTyped('9:30', 'time')).toBe('09:30');
    expect(parseTyped('10:00 PM', 'time')).toBe('22:00');
  });

  it('refuses what it cannot read without guessing the order, and days that do not exist', () => {
    for (const text of ['15/12/2026 14:00', '12/15/2026', '2026-02-30 10:00', '2026-13-01 10:00', '2026-12-15 24:00', '2026-12-15 13:00 pm', '2026-12-15', 'tomorrow', '']) {
      expect(parseTyped(text, 'date-time'), text).toBeUndefined();
    }
    expect(parseTyped('2026-02-29', 'date')).toBeUndefined();
    expect(parseTyped('2028-02-29', 'date')).toBe('2028-02-29');
    expect(parseTyped('14:60', 'time')).toBeUndefined();
  });

  it('reads back every value it shows', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2999-12-31T23:59:00Z'), noInvalidDate: true }), (date) => {
        const canonical = date.toISOString().slice(0, 16);
        expect(parseTyped(typedText(canonical, 'date-time'), 'date-time')).toBe(canonical);
        expect(parseTyped(typedText(canonical.slice(0, 10), 'date'), 'date')).toBe(canonical.slice(0, 10));
      }),
    );
  });
});
