import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  /**
   * Only an unpackaged build (`npm start`) offers Developer Tools and a forced reload. In a
   * release they would hand anyone at the keyboard a console in the page that holds the
   * workspace secrets and the signing key.
   */
  readonly developerTools: boolean;
}

/**
 * Every item is a role with no label: Electron supplies the platform's wording, shortcuts and
 * behaviour (and macOS its own translations), which hand-written labels would lose. Every
 * submenu is spelt out: a role menu without one gets Electron's default, which includes
 * Developer Tools.
 */
export function applicationMenuTemplate(platform: NodeJS.Platform, options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  return [
    ...(isMac
      ? [
          {
            role: 'appMenu',
            submenu: [{ role: 'about' }, separator, { role: 'services' }, separator, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, separator, { role: 'quit' }],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    {
      role: 'fileMenu',
      // On macOS quitting lives in the app menu.
      submenu: isMac ? [{ role: 'close' }] : [{ role: 'close' }, separator, { role: 'quit' }],
    },
    {
      role: 'editMenu',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        separator,
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle' },
        { role: 'delete' },
        separator,
        { role: 'selectAll' },
      ],
    },
    {
      role: 'viewMenu',
      submenu: [
        { role: 'reload' },
        ...(options.developerTools ? [{ role: 'forceReload' }, { role: 'toggleDevTools' }] satisfies MenuItemConstructorOptions[] : []),
        separator,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu', submenu: isMac ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }] : [{ role: 'minimize' }, { role: 'close' }] },
    // macOS adds its own search field to an empty Help menu and keeps About in the app menu.
    { role: 'help', submenu: isMac ? [] : [{ role: 'about' }] },
  ];
}
