import { strFromU8, unzipSync } from 'fflate';
import { expect, expectAccessible, test } from './support/desk-fixtures';
import { DeskPage } from './support/desk-page';

const FOLDER = '/home/amara/Backups';
const WORKSPACE = 'Coalition on Open Maps';

/**
 * The desktop app's half of the bridge stands in for the main process here (no Electron binary on
 * this machine): it answers as electron/main/backup-ipc.ts does — that side has its own unit tests
 * on a real folder — so this drives the renderer's settings, the daily backup and the restore list
 * through the contract's method names.
 */
function fakeDesktopMain(folder: string): void {
  const files = new Map<string, Uint8Array>();
  let settings = { enabled: false, folder: null as string | null, keep: 7 };
  const today = () => new Date().toISOString().slice(0, 10);
  const name = (id: string) => `coalition-backup-${id}-${today()}.zip`;
  const list = () =>
    [...files.keys()].map((file) => {
      const match = /^coalition-backup-(.+)-(\d{4}-\d{2}-\d{2})\.zip$/.exec(file);
      return { name: file, workspaceId: match?.[1] ?? '', day: match?.[2] ?? '' };
    });
  const bridge = {
    getAppInfo: async () => ({ name: 'Coalition desk', version: '0.1.0', platform: 'linux' }),
    getPreferences: async () => ({ lastWorkspaceId: null }),
    setLastWorkspace: async () => null,
    saveFile: async () => ({ saved: false }),
    saveBytesFile: async () => ({ saved: false }),
    exportPdf: async () => ({ saved: false }),
    takeOpenedSyncFiles: async () => [],
    secretProtection: async () => 'unavailable',
    sealSecret: async () => null,
    openSecret: async () => null,
    listLanAddresses: async () => [],
    startLanHosting: async () => ({ hosting: false }),
    stopLanHosting: async () => ({ hosting: false }),
    getLanHostingStatus: async () => ({ hosting: false }),
    startLanDiscovery: async () => null,
    stopLanDiscovery: async () => null,
    listLanHosts: async () => [],
    getBackupSettings: async () => settings,
    setBackupSettings: async (choice: { enabled: boolean; keep: number }) => (settings = { ...settings, ...choice }),
    chooseBackupFolder: async () => (settings = { ...settings, folder }),
    isBackupDue: async (id: string) => settings.enabled && settings.folder !== null && !files.has(name(id)),
    saveRotatingBackup: async ({ workspaceId, contents }: { workspaceId: string; contents: Uint8Array }) => {
      if (!settings.enabled || settings.folder === null) throw new Error('Automatic backups are turned off');
      files.set(name(workspaceId), contents);
      return { name: name(workspaceId), removed: [] };
    },
    listRotatingBackups: async () => (settings.folder === null ? [] : list()),
    readRotatingBackup: async (file: string) => {
      const bytes = files.get(file);
      if (!bytes) throw new Error('No such backup');
      return bytes;
    },
  };
  Object.assign(window, { desktopBridge: Object.freeze(bridge), readFakeBackups: () => [...files.entries()].map(([file, bytes]) => [file, Array.from(bytes)]) });
}

test('the desktop app backs up an open workspace once a day into the chosen folder, and restores from that list', async ({ profile }) => {
  test.setTimeout(120_000);
  await profile.context.addInitScript(fakeDesktopMain, FOLDER);
  const page = profile.page;
  const desk = new DeskPage(page);
  await desk.open();
  await desk.completeOnboarding({ name: 'Amara Velde', organisation: 'Open Lines Trust', group: 'Civil society', region: 'Netherlands' });

  // Settings: nothing is on until a folder is chosen and the box is ticked.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Automatic backups' });
  await expect(section).toContainText('No folder chosen yet.');
  // Refused: the box stays clear and says why.
  await section.getByLabel('Back up every workspace I open, once a day').click();
  await expect(section.getByLabel('Back up every workspace I open, once a day')).toHaveAccessibleDescription('Choose a folder first.');
  await expect(section.getByLabel('Back up every workspace I open, once a day')).not.toBeChecked();
  await section.getByRole('button', { name: 'Choose a folder…' }).click();
  await expect(section).toContainText(`Folder: ${FOLDER}`);
  await section.getByLabel('Back up every workspace I open, once a day').check();
  await expect(section.getByRole('status')).toHaveText(`Automatic backups are on, into ${FOLDER}. Backups kept per workspace: 7.`);
  await section.getByLabel('Backups kept per workspace').fill('0');
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByLabel('Backups kept per workspace')).toHaveAccessibleDescription('Enter a whole number from 1 to 365.');
  await section.getByLabel('Backups kept per workspace').fill('14');
  await section.getByLabel('Backups kept per workspace').press('Enter');
  await expect(section.getByRole('status')).toHaveText(`Automatic backups are on, into ${FOLDER}. Backups kept per workspace: 14.`);
  await expectAccessible(page, 'settings with automatic backups');

  // Opening a workspace makes today's backup: the zip any reader opens, with workspace.json.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Workspaces' }).click();
  await desk.createWorkspace(WORKSPACE);
  await expect(page.getByText(/Today's automatic backup is saved \(coalition-backup-.+\.zip\)\./)).toBeVisible({ timeout: 30_000 });
  const backups = (await page.evaluate(() => (window as unknown as { readFakeBackups(): [string, number[]][] }).readFakeBackups())) as [string, number[]][];
  expect(backups).toHaveLength(1);
  const [fileName, bytes] = backups[0] ?? ['', []];
  const json = JSON.parse(strFromU8(unzipSync(Uint8Array.from(bytes))['workspace.json'] ?? new Uint8Array())) as { workspace: { name: string } };
  expect(json.workspace.name).toBe(WORKSPACE);

  // The workspace list offers it under "Restore from a backup"; restoring merges it into the workspace here.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Workspaces' }).click();
  const restore = page.getByRole('form', { name: 'Restore from a backup' });
  const choice = restore.getByLabel('Or one of the automatic backups');
  await expect(choice.getByRole('option')).toHaveText(['None (use the file above)', `${WORKSPACE}, ${await dayInWords(page)}`]);
  await choice.selectOption({ label: `${WORKSPACE}, ${await dayInWords(page)}` });
  await restore.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(restore.getByRole('status')).toHaveText(`${fileName} was merged into “${WORKSPACE}”, which was already on this device.`);
  await expectAccessible(page, 'workspace list with automatic backups');
});

/** Today as the app writes a calendar day for en-GB ("3 December 2026"). */
function dayInWords(page: import('@playwright/test').Page): Promise<string> {
  return page.evaluate(() => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date()));
}
