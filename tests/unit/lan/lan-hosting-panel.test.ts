import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../../renderer/i18n/i18n';
import type { Platform } from '../../../renderer/platform/platform';
import { webBackups, webLan } from '../../../renderer/platform/web-platform';
import { LanHostingPanel } from '../../../renderer/sync/LanHostingPanel';

/** Only the first render runs in Node (no DOM here); the behaviour behind it is tested in lan-discovery / lan-controller. */
function platform(kind: Platform['kind']): Platform {
  return {
    kind,
    saveFile: async () => false,
    saveBytesFile: async () => false,
    printPdf: async () => 'cancelled',
    takeOpenedSyncFiles: async () => [],
    getLastWorkspaceId: async () => null,
    setLastWorkspaceId: async () => undefined,
    secretProtection: async () => 'unavailable',
    sealSecret: async () => null,
    openSecret: async () => null,
    lan: webLan,
    backups: webBackups,
  };
}

const render = (kind: Platform['kind']) =>
  renderToStaticMarkup(createElement(LanHostingPanel, { workspaceId: 'ws-1', servers: [], onUseServer: () => undefined, platform: platform(kind) }));

describe('LanHostingPanel', () => {
  beforeAll(async () => {
    await initI18n('en');
  });

  it('explains in the web edition that hosting needs the desktop app, and offers no buttons', () => {
    const html = render('web');
    expect(html).toContain('needs the desktop app');
    expect(html).not.toContain('<button');
  });

  it('has a labelled region and a status region in the desktop app', () => {
    const html = render('electron');
    expect(html).toMatch(/<section aria-labelledby="[^"]+-heading"/);
    expect(html).toContain('Meeting on this network');
    expect(html).toContain('role="status"');
    expect(html).toContain('Found on this network');
  });
});

describe('web platform', () => {
  it('reports every LAN operation as unsupported', async () => {
    for (const operation of Object.values(webLan)) {
      await expect((operation as () => Promise<unknown>)()).resolves.toEqual({ ok: false, reason: 'unsupported' });
    }
  });
});
