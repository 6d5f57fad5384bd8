import { beforeAll, describe, expect, it } from 'vitest';
import type { i18n as I18n } from 'i18next';
import { initI18n } from '../../../renderer/i18n/i18n';
import { syncSummary } from '../../../renderer/sync/sync-summary';
import type { SyncStatus } from '../../../renderer/sync/workspace-sync';

let i18n: I18n;
beforeAll(async () => {
  i18n = await initI18n('en');
});

const time = () => '10:04:05';
const summary = (status: SyncStatus) => syncSummary(status, i18n.t.bind(i18n), time);

describe('the sync status line', () => {
  it('says synced only when every connected peer is, and names the peer that is behind with what is pending', () => {
    expect(summary({ state: 'connected', peers: 1, agreement: 'synced', peerStates: [{ state: 'synced', pending: 0, missing: 0, name: 'Ko Imani' }] }).text).toBe('Connected to 1 peer · synced');
    const behind = summary({
      state: 'connected',
      peers: 2,
      agreement: 'behind',
      peerStates: [
        { state: 'synced', pending: 0, missing: 0, name: 'Noor Haddad' },
        { state: 'behind', pending: 12, missing: 0, name: 'Ko Imani' },
      ],
      lastSyncedAt: '2026-12-02T10:04:05Z',
    });
    expect(behind.text).toBe('Connected to 2 peers · Ko Imani is behind: 12 changes pending · last synced at 10:04:05');
    expect(behind.text).not.toMatch(/(^|· )synced/);
  });

  it('says what is on its way, worst first, and counts peers past the first three', () => {
    const states = ['receiving', 'sending', 'unknown', 'behind', 'sending'] as const;
    const line = summary({ state: 'connected', peers: 5, agreement: 'behind', peerStates: states.map((state, index) => ({ state, pending: 1, missing: 0, name: `Member ${index}` })) }).text;
    expect(line).toBe('Connected to 5 peers · Member 3 is behind: 1 change pending · waiting to hear what Member 2 has · sending to Member 1… · 2 more peers not yet synced');
  });

  it('gives the live region the situation without the counts, so a growing count is not news', () => {
    const at = (pending: number) =>
      summary({ state: 'connected', peers: 1, agreement: 'behind', peerStates: [{ state: 'behind', pending, missing: 0, name: 'Ko Imani' }] });
    expect(at(3).text).not.toBe(at(4).text);
    expect(at(3).announce).toBe(at(4).announce);
    expect(summary({ state: 'waiting', peers: 0, peerStates: [] }).text).toBe('Online, no other member connected');
  });
});
