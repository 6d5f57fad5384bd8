import type { MenuItemConstructorOptions } from 'electron';

/**
 * Every item is a role with no label: Electron supplies the platform's wording, shortcuts and
 * behaviour (and macOS its own translations), which hand-written labels would lose.
 */
export function applicationMenuTemplate(platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  return [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
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
        { role: 'toggleDevTools' },
        separator,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    // macOS adds its own search field to an empty Help menu and keeps About in the app menu.
    { role: 'help', submenu: isMac ? [] : [{ role: 'about' }] },
  ];
}
