import { describe, expect, it } from 'vitest';
import { relativeUntil } from '../../../renderer/documents/review-closes';

describe('how long a review has left, on the member’s clock', () => {
  const now = new Date('2026-12-02T20:00:00Z');

  it('counts calendar days in the member’s zone', () => {
    const end = new Date('2026-12-05T22:59:00Z');
    expect(relativeUntil(end, now, 'UTC', 'en')).toBe('in 3 days');
    // In Tokyo it is already 3 December at 05:00 and the end falls on 6 December at 07:59.
    expect(relativeUntil(end, now, 'Asia/Tokyo', 'en')).toBe('in 3 days');
    // Six hours from now is tomorrow on UTC but later today in Tokyo (already 3 December there).
    const soon = new Date('2026-12-03T02:00:00Z');
    expect(relativeUntil(soon, now, 'UTC', 'en')).toBe('tomorrow');
    expect(relativeUntil(soon, now, 'Asia/Tokyo', 'en')).toBe('in 6 hours');
  });

  it('says hours on the last day, and how long ago once closed, in the member’s language', () => {
    expect(relativeUntil(new Date('2026-12-02T23:00:00Z'), now, 'UTC', 'en')).toBe('in 3 hours');
    expect(relativeUntil(new Date('2026-11-30T12:00:00Z'), now, 'UTC', 'en')).toBe('2 days ago');
    expect(relativeUntil(new Date('2026-12-05T12:00:00Z'), now, 'UTC', 'fr')).toBe('dans 3 jours');
  });

  it('falls back to UTC for a zone name it does not know', () => {
    expect(relativeUntil(new Date('2026-12-05T12:00:00Z'), now, 'Nowhere/Atlantis', 'en')).toBe('in 3 days');
  });
});
