import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../../renderer/i18n/i18n';
import { RelayServersForm } from '../../../renderer/sync/RelayServersForm';
import { RelayStatusBadge } from '../../../renderer/sync/RelayStatusBadge';
import { SyncSettingsSchema } from '../../../renderer/sync/sync-settings';
import { RelayUrlsSchema } from '../../../shared/sync/relay-url';

describe('relay settings and screens', () => {
  beforeAll(async () => {
    await initI18n('en');
  });

  it('accepts ws:// and wss:// relays only, and rows saved before relays existed', () => {
    expect(RelayUrlsSchema.safeParse(['wss://relay.example.org', 'ws://10.0.0.5:4455']).success).toBe(true);
    for (const bad of ['https://relay.example.org', 'wss://user:pw@relay.example.org', 'wss://relay.example.org/#x', 'relay.example.org']) {
      expect(RelayUrlsSchema.safeParse([bad]).success, bad).toBe(false);
    }
    expect(SyncSettingsSchema.safeParse({ workspaceId: 'w', secret: 'a'.repeat(43), signaling: [] }).success).toBe(true);
  });

  it('lists the relays with a labelled remove button each, and a labelled address field', () => {
    const html = renderToStaticMarkup(createElement(RelayServersForm, { relays: ['wss://relay.example.org'], onSave: async () => undefined }));
    expect(html).toContain('aria-label="Remove relay wss://relay.example.org"');
    expect(html).toMatch(/<label for="relay-address">Relay address<\/label>/);
    expect(html).toContain('role="status"');
  });

  it('says "synced through relay" only for a relay in the synced state, and what is pending otherwise', () => {
    const html = renderToStaticMarkup(
      createElement(RelayStatusBadge, {
        statuses: [
          { url: 'wss://relay.example.org', state: 'synced' },
          { url: 'ws://10.0.0.5:4455', state: 'connected' },
          { url: 'ws://10.0.0.6:4455', state: 'connected', pending: 12 },
        ],
      }),
    );
    expect(html).toContain('Relay relay.example.org: synced through relay, all changes stored');
    expect(html).toContain('Relay 10.0.0.5:4455: connected, sending changes…');
    expect(html).toContain('Relay 10.0.0.6:4455: sending: 12 changes pending');
    expect(html.match(/synced through relay/g)).toHaveLength(1);
  });
});
