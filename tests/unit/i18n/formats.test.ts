import { describe, expect, it } from 'vitest';
import { formatLocale } from '../../../shared/i18n/format-locale';
import { createFormats } from '../../../shared/i18n/formats';

// 14:00 UTC on 15 December 2026 is 14:00 in London (GMT), 09:00 in New York, 19:30 in Kolkata.
const AT = '2026-12-15T14:00:00Z';
const london = (locale: string) => createFormats(locale, 'Europe/London');
// ICU puts narrow no-break spaces in some locales ("2:00 PM"); compare with plain spaces.
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ').replace(/\u200f|\u200e|\u061c/g, '');

describe('formats: dates and times in each locale', () => {
  it.each([
    ['en-GB', '15 December 2026 at 14:00'],
    ['en-US', 'December 15, 2026 at 2:00 PM'],
    ['fr', '15 décembre 2026 à 14:00'],
    ['ru', '15 декабря 2026 г. в 14:00'],
    ['zh', '2026年12月15日 14:00'],
  ])('%s: a date-time in the locale order and on its own clock', (locale, text) => {
    expect(plain(london(locale).dateTime(AT))).toBe(text);
  });

  it('ar: Arabic month names and the Arabic day period', () => {
    const text = london('ar').dateTime(AT);
    expect(text).toContain('ديسمبر');
    expect(text).toMatch(/م$/);
  });

  it('keeps one clock per locale: 24-hour with two-digit hours, or 12-hour', () => {
    expect(london('en-GB').time('2026-12-15T07:05:00Z')).toBe('07:05');
    expect(london('en-GB').time('2026-12-15T00:00:00Z')).toBe('00:00');
    expect(plain(london('en-US').time('2026-12-15T07:05:00Z'))).toBe('7:05 AM');
    expect(london('fr').time('2026-12-15T07:05:00Z')).toBe('07:05');
    expect(london('ru').time('2026-12-15T19:05:00Z')).toBe('19:05');
    expect(london('en-GB').wallTime('22:00')).toBe('22:00');
    expect(plain(london('en-US').wallTime('22:00'))).toBe('10:00 PM');
  });

  it('shows an instant on another zone, named when asked', () => {
    expect(london('en-GB').dateTime(AT, { zone: 'Asia/Kolkata', withZone: true })).toBe('15 December 2026 at 19:30 GMT+5:30');
    expect(plain(createFormats('en-US', 'America/New_York').dateTime(AT, { withZone: true }))).toBe('December 15, 2026 at 9:00 AM EST');
    expect(london('en-GB').dateTime(AT, { withZone: true })).toBe('15 December 2026 at 14:00 GMT');
    // Summer time changes the name, not only the hour.
    expect(london('en-GB').time('2026-07-01T13:00:00Z', { withZone: true })).toBe('14:00 BST');
    // The date follows the zone's calendar: late evening in London is already the next day in Auckland.
    expect(london('en-GB').date('2026-12-15T23:30:00Z')).toBe('15 December 2026');
    expect(london('en-GB').date('2026-12-15T23:30:00Z', { zone: 'Pacific/Auckland' })).toBe('16 December 2026');
  });

  it('shows a calendar date as the same day everywhere, with the weekday when asked', () => {
    expect(createFormats('en-GB', 'Pacific/Auckland').calendarDate('2026-03-31')).toBe('31 March 2026');
    expect(createFormats('en-US', 'America/Los_Angeles').calendarDate('2026-03-31', { weekday: true })).toBe('Tuesday, March 31, 2026');
    expect(london('fr').calendarDate('2026-03-31', { weekday: true })).toBe('mardi 31 mars 2026');
    expect(london('en-GB').calendarDate('31/03/2026')).toBe('31/03/2026');
  });

  it('never blanks a screen: an unknown zone shows UTC, an unreadable instant shows as it is', () => {
    expect(createFormats('en-GB', 'Mars/Olympus_Mons').dateTime(AT, { withZone: true })).toBe('15 December 2026 at 14:00 UTC');
    expect(london('en-GB').dateTime(AT, { zone: 'Not/A_Zone' })).toBe('15 December 2026 at 14:00');
    expect(london('en-GB').dateTime('yesterday-ish')).toBe('yesterday-ish');
  });
});

describe('formats: durations, relative times and numbers', () => {
  it.each([
    ['en-GB', 90, '1 hour, 30 minutes'],
    ['en-GB', 15, '15 minutes'],
    ['en-GB', 120, '2 hours'],
    ['en-GB', 0, '0 minutes'],
    ['fr', 90, '1 heure et 30 minutes'],
    ['ru', 90, '1 час 30 минут'],
    ['ru', 22, '22 минуты'],
    ['zh', 90, '1小时30分钟'],
  ])('%s: %i minutes are "%s"', (locale, minutes, text) => {
    expect(plain(london(locale).duration(minutes))).toBe(text);
  });

  it('ar: durations use the Arabic plural forms', () => {
    expect(london('ar').duration(2)).toBe('دقيقتان');
    expect(london('ar').duration(15)).toContain('دقيقة');
  });

  it('says how far off a time is, in calendar days beyond a day', () => {
    const now = '2026-12-15T14:00:00Z';
    expect(london('en-GB').relative('2026-12-18T14:00:00Z', now)).toBe('in 3 days');
    expect(london('en-GB').relative('2026-12-15T13:55:00Z', now)).toBe('5 minutes ago');
    expect(london('en-GB').relative('2026-12-15T17:00:00Z', now)).toBe('in 3 hours');
    expect(london('en-GB').relative('2026-12-14T10:00:00Z', now)).toBe('yesterday');
    expect(london('en-GB').relative('2027-03-15T14:00:00Z', now)).toBe('in 3 months');
    expect(london('en-GB').relative('2029-12-15T14:00:00Z', now)).toBe('in 3 years');
    // Monday 23:00 to Wednesday 01:00 is two calendar days off, though only 26 hours.
    expect(london('en-GB').relative('2026-12-16T01:00:00Z', '2026-12-14T23:00:00Z')).toBe('in 2 days');
    expect(london('fr').relative('2026-12-18T14:00:00Z', now)).toBe('dans 3 jours');
    expect(london('ru').relative('2026-12-18T14:00:00Z', now)).toBe('через 3 дня');
    expect(london('zh').relative('2026-12-18T14:00:00Z', now)).toBe('3天后');
    expect(london('ar').relative('2026-12-18T14:00:00Z', now)).toBe('خلال 3 أيام');
    expect(london('en-GB').relativeDay('2026-12-15', '2026-12-15T23:00:00Z')).toBe('today');
    expect(london('en-GB').relativeDay('2027-01-31', now)).toBe('in 2 months');
  });

  it('counts relative days on the viewer’s own calendar', () => {
    // 23:30 UTC on the 15th is already the 16th in Tokyo: the 16th is "today" there, "tomorrow" in London.
    expect(createFormats('en-GB', 'Asia/Tokyo').relativeDay('2026-12-16', '2026-12-15T23:30:00Z')).toBe('today');
    expect(london('en-GB').relativeDay('2026-12-16', '2026-12-15T23:30:00Z')).toBe('tomorrow');
  });

  it('writes numbers, percentages and stopwatch readings in the locale', () => {
    expect(london('en-GB').number(1234.5)).toBe('1,234.5');
    expect(plain(london('fr').number(1234.5))).toBe('1 234,5');
    expect(plain(london('ru').number(1234.5))).toBe('1 234,5');
    expect(plain(london('fr').percent(2 / 3))).toBe('66,7 %');
    expect(london('en-GB').percent(0.5)).toBe('50%');
    expect(london('en-GB').clock(245)).toBe('4:05');
    expect(london('en-GB').clock(-65)).toBe('1:05');
    expect(london('en-GB').clock(3723)).toBe('1:02:03');
  });
});

describe('the locale formats follow', () => {
  it('is the browser locale when it is in the interface language, so en-GB is not en-US', () => {
    expect(formatLocale('en', ['en-GB', 'en'])).toBe('en-GB');
    expect(formatLocale('en', ['fr-FR', 'en-US'])).toBe('en-US');
    expect(formatLocale('fr', ['fr-CA'])).toBe('fr-CA');
    expect(formatLocale('ar', ['ar-EG', 'en'])).toBe('ar-EG');
  });

  it('is the interface language when the browser locale is in another one', () => {
    expect(formatLocale('fr', ['en-GB'])).toBe('fr');
    expect(formatLocale('zh', [])).toBe('zh');
    expect(formatLocale('en', ['not a tag'])).toBe('en');
    expect(formatLocale('zh-Hant', ['zh-CN'])).toBe('zh-Hant');
    expect(formatLocale('cimode', ['en-GB'])).toBe('en');
  });
});
