import type { MenuItemConstructorOptions } from 'electron';
import { describe, it, expect } from 'vitest';
import { applicationMenuTemplate } from '../../../electron/main/menu';

function roles(items: readonly MenuItemConstructorOptions[] | undefined): string[] {
  return (items ?? []).filter((item) => item.type !== 'separator').map((item) => String(item.role));
}
function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return Array.isArray(item?.submenu) ? item.submenu : [];
}
function allItems(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...allItems(submenu(item))]);
}

const release = { developerTools: false };
const unpackaged = { developerTools: true };
const platforms = ['darwin', 'linux', 'win32'] as const;

describe('application menu', () => {
  it('has the standard menus, with the app menu only on macOS', () => {
    expect(roles(applicationMenuTemplate('darwin', release))).toEqual(['appMenu', 'fileMenu', 'editMenu', 'viewMenu', 'windowMenu', 'help']);
    expect(roles(applicationMenuTemplate('linux', release))).toEqual(['fileMenu', 'editMenu', 'viewMenu', 'windowMenu', 'help']);
    expect(roles(applicationMenuTemplate('win32', release))).toEqual(['fileMenu', 'editMenu', 'viewMenu', 'windowMenu', 'help']);
  });

  it('offers the standard edit and view commands', () => {
    const [file, edit, view] = applicationMenuTemplate('linux', release);
    expect(roles(submenu(file))).toEqual(['close', 'quit']);
    expect(roles(submenu(edit))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'pasteAndMatchStyle', 'delete', 'selectAll']);
    expect(roles(submenu(view))).toEqual(['reload', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('has no Developer Tools in a release, on any platform, in any menu', () => {
    for (const platform of platforms) {
      const items = allItems(applicationMenuTemplate(platform, release));
      expect(items.map((item) => item.role)).not.toContain('toggleDevTools');
      expect(items.map((item) => item.role)).not.toContain('forceReload');
      // A role menu left without a submenu gets Electron's default one, and the default View menu has Developer Tools.
      for (const item of items.filter((candidate) => candidate.role !== undefined && /menu$/i.test(candidate.role))) {
        expect(Array.isArray(item.submenu), `${platform} ${item.role}`).toBe(true);
      }
    }
  });

  it('offers Developer Tools and a forced reload in an unpackaged build', () => {
    const view = applicationMenuTemplate('linux', unpackaged).find((item) => item.role === 'viewMenu');
    expect(roles(submenu(view))).toEqual(['reload', 'forceReload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('labels nothing by hand, so Electron supplies localised labels', () => {
    for (const platform of platforms) {
      for (const item of allItems(applicationMenuTemplate(platform, unpackaged))) {
        expect(item.label).toBeUndefined();
        expect(item.role !== undefined || item.type === 'separator').toBe(true);
      }
    }
  });
});
