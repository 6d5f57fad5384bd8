import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { appendFileSync, chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

/**
 * A Chromium whose profile lives on a small tmpfs, mounted in a private mount namespace the browser
 * process enters through a wrapper (`unshare --mount`): nothing is mounted on the host, and the
 * disk is gone with the browser. Needs root, as in CI; without it `unshare` or `mount` fail and so
 * does the test, saying why (decision 0023). The test reaches the disk through
 * /proc/<browser pid>/root, which shows the namespace's mounts.
 */
export interface SmallDisk {
  context: BrowserContext;
  page: Page;
  /** Fills the disk with a file of zeros until `leaveBytes` are free. */
  fill(leaveBytes: number): void;
  /** Deletes that file. */
  free(): void;
  freeBytes(): number;
  close(): Promise<void>;
}

/** Why a private mount namespace with a tmpfs cannot be made here, or undefined when it can. */
export function smallDiskUnavailable(): string | undefined {
  const probe = spawnSync('unshare', ['--mount', 'sh', '-c', 'mount -t tmpfs -o size=1m tmpfs /mnt'], { encoding: 'utf8' });
  if (probe.error) return `unshare could not run: ${probe.error.message}`;
  return probe.status === 0 ? undefined : `unshare --mount + mount tmpfs failed (needs root, as in CI): ${probe.stderr.trim()}`;
}

export async function launchOnSmallDisk(baseURL: string, sizeMb: number): Promise<SmallDisk> {
  const unavailable = smallDiskUnavailable();
  if (unavailable) throw new Error(`The full-disk test needs its own small disk: ${unavailable}`);
  const home = mkdtempSync(join(tmpdir(), 'desk-small-disk-'));
  const profile = join(home, 'profile');
  const pidFile = join(home, 'browser.pid');
  const wrapper = join(home, 'chromium-on-small-disk');
  mkdirSync(profile);
  // unshare without --fork execs, as do both shells: the pid written is the browser's own.
  writeFileSync(
    wrapper,
    `#!/bin/sh\necho $$ > '${pidFile}'\nexec unshare --mount --propagation private sh -c 'mount -t tmpfs -o size=${sizeMb}m tmpfs "$0" && browser="$1" && shift && exec "$browser" "$@"' '${profile}' '${CHROMIUM_PATH}' "$@"\n`,
  );
  chmodSync(wrapper, 0o755);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: wrapper,
    args: CHROMIUM_ARGS.filter((arg) => arg !== '--headless'),
    headless: true,
    baseURL,
    acceptDownloads: true,
  });
  const disk = `/proc/${readFileSync(pidFile, 'utf8').trim()}/root${profile}`;
  const filler = join(disk, 'filler');
  const freeBytes = () => {
    const stats = statfsSync(disk);
    return stats.bavail * stats.bsize;
  };
  return {
    context,
    page: context.pages()[0] ?? (await context.newPage()),
    fill(leaveBytes) {
      // In pieces: the browser writes meanwhile, and the disk may fill before the file is done.
      const piece = Buffer.alloc(256 * 1024);
      writeFileSync(filler, '');
      try {
        while (freeBytes() - piece.length > leaveBytes) appendFileSync(filler, piece);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      }
    },
    free() {
      rmSync(filler, { force: true });
    },
    freeBytes,
    async close() {
      await context.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
