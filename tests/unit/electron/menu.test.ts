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

describe('application menu', () => {
  it('has the standard menus, with the app menu only on macOS', () => {
    expect(roles(applicationMenuTemplate('darwin'))).toEqual(['appMenu', 'fileMenu', 'editMenu', 'viewMenu', 'windowMenu', 'help']);
    expect(roles(applicationMenuTemplate('linux'))).toEqual(['fileMenu', 'editMenu', 'viewMenu', 'windowMenu', 'help']);
    expect(roles(applicationMenuTemplate('win32'))).toEqual(['fileMenu', 'editMenu', 'viewMenu', 'windowMenu', 'help']);
  });

  it('offers the standard edit and view commands', () => {
    const [file, edit, view] = applicationMenuTemplate('linux');
    expect(roles(submenu(file))).toEqual(['close', 'quit']);
    expect(roles(submenu(edit))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'pasteAndMatchStyle', 'delete', 'selectAll']);
    expect(roles(submenu(view))).toEqual(['reload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('labels nothing by hand, so Electron supplies localised labels', () => {
    for (const platform of ['darwin', 'linux', 'win32'] as const) {
      for (const item of allItems(applicationMenuTemplate(platform))) {
        expect(item.label).toBeUndefined();
        expect(item.role !== undefined || item.type === 'separator').toBe(true);
      }
    }
  });
});
