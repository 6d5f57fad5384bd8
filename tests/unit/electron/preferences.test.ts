import { describe, it, expect } from 'vitest';
import { DEFAULT_PREFERENCES, parsePreferences } from '../../../electron/main/preferences';
import { createMemoryPreferencesStore } from '../../../electron/main/memory-preferences-store';

const bounds = { x: 10, y: 20, width: 1200, height: 800 };
// Automatic backups have their own tests (backup-ipc.test.ts); here they stay at their defaults.
const NO_BACKUPS = { backups: DEFAULT_PREFERENCES.backups };

describe('parsePreferences', () => {
  it('reads valid stored values', () => {
    expect(parsePreferences({ windowBounds: bounds, lastWorkspaceId: 'ws-1' })).toEqual({ ...NO_BACKUPS,
      windowBounds: bounds,
      lastWorkspaceId: 'ws-1',
    });
  });

  it.each([undefined, null, 'garbage', 42, [], [1, 2], true])('falls back to defaults for a store that is %j', (raw) => {
    expect(parsePreferences(raw)).toEqual(DEFAULT_PREFERENCES);
  });

  it.each([
    ['a string', 'big'],
    ['a partial rectangle', { x: 0, y: 0, width: 100 }],
    ['a negative size', { ...bounds, width: -5 }],
    ['non-integer numbers', { ...bounds, x: 1.5 }],
    ['infinity', { ...bounds, height: Number.POSITIVE_INFINITY }],
    ['strings for numbers', { x: '0', y: '0', width: '800', height: '600' }],
  ])('drops window bounds that are %s but keeps the other values', (_label, windowBounds) => {
    expect(parsePreferences({ windowBounds, lastWorkspaceId: 'ws-1' })).toEqual({ ...NO_BACKUPS,
      windowBounds: null,
      lastWorkspaceId: 'ws-1',
    });
  });

  it.each([['a number', 7], ['an empty string', ''], ['an over-long id', 'x'.repeat(65)], ['an object', { id: 'ws-1' }]])(
    'drops a last workspace id that is %s but keeps the bounds',
    (_label, lastWorkspaceId) => {
      expect(parsePreferences({ windowBounds: bounds, lastWorkspaceId })).toEqual({ ...NO_BACKUPS, windowBounds: bounds, lastWorkspaceId: null });
    },
  );

  it('ignores unknown keys', () => {
    expect(parsePreferences({ lastWorkspaceId: 'ws-1', __proto__pollution: { admin: true } })).toEqual({ ...NO_BACKUPS,
      windowBounds: null,
      lastWorkspaceId: 'ws-1',
    });
  });
});

describe('memory preferences store', () => {
  it('starts from parsed values and remembers writes', () => {
    const store = createMemoryPreferencesStore({ lastWorkspaceId: 123 });
    expect(store.read()).toEqual(DEFAULT_PREFERENCES);
    store.setWindowBounds(bounds);
    store.setLastWorkspaceId('ws-9');
    expect(store.read()).toEqual({ ...NO_BACKUPS, windowBounds: bounds, lastWorkspaceId: 'ws-9' });
  });
});
