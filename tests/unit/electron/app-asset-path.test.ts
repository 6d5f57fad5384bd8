import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { resolveAppAssetPath } from '../../../electron/main/app-asset-path';

const ROOT = '/opt/coalition-desk/dist/renderer';
const inside = (resolved: string | null): boolean =>
  resolved !== null && (resolved === ROOT || resolved.startsWith(`${ROOT}${path.sep}`));

describe('resolveAppAssetPath', () => {
  it('maps app URLs to files in the renderer directory', () => {
    expect(resolveAppAssetPath('app://coalition-desk/index.html', ROOT)).toBe(`${ROOT}/index.html`);
    expect(resolveAppAssetPath('app://coalition-desk/assets/main-abc.js?v=1#x', ROOT)).toBe(`${ROOT}/assets/main-abc.js`);
    expect(resolveAppAssetPath('app://coalition-desk/fonts/Noto%20Sans.woff2', ROOT)).toBe(`${ROOT}/fonts/Noto Sans.woff2`);
  });

  it('serves index.html for the root and for folders', () => {
    expect(resolveAppAssetPath('app://coalition-desk/', ROOT)).toBe(`${ROOT}/index.html`);
    expect(resolveAppAssetPath('app://coalition-desk', ROOT)).toBe(`${ROOT}/index.html`);
    expect(resolveAppAssetPath('app://coalition-desk/help/', ROOT)).toBe(`${ROOT}/help/index.html`);
  });

  it('refuses other schemes and hosts', () => {
    expect(resolveAppAssetPath('file:///etc/passwd', ROOT)).toBeNull();
    expect(resolveAppAssetPath('https://coalition-desk/index.html', ROOT)).toBeNull();
    expect(resolveAppAssetPath('app://x/index.html', ROOT)).toBeNull();
    expect(resolveAppAssetPath('not a url', ROOT)).toBeNull();
  });

  // Literal and %2e dot segments are removed by URL parsing itself; they can only ever land inside.
  it.each([
    'app://coalition-desk/../../etc/passwd',
    'app://coalition-desk/%2e%2e/%2e%2e/etc/passwd',
    'app://coalition-desk/%2E%2E/%2E%2E/etc/passwd',
    'app://coalition-desk/assets/../../../../etc/passwd',
    'app://x/../../etc/passwd',
  ])('never leaves the renderer directory: %s', (url) => {
    const resolved = resolveAppAssetPath(url, ROOT);
    expect(resolved === null || inside(resolved)).toBe(true);
  });

  // Encoded separators survive URL parsing and become ".." only after decoding: these must be refused.
  it.each([
    'app://coalition-desk/..%2f..%2fetc%2fpasswd',
    'app://coalition-desk/..%2F..%2F..%2Fetc/passwd',
    'app://coalition-desk/assets/..%2f..%2f..%2f..%2fetc/passwd',
    'app://coalition-desk/%2e%2e%2f%2e%2e%2fetc/passwd',
    'app://coalition-desk/%2fetc%2fpasswd/..%2f..%2f..%2f..%2f..',
    'app://coalition-desk/..%2f',
  ])('refuses encoded traversal: %s', (url) => {
    expect(resolveAppAssetPath(url, ROOT)).toBeNull();
  });

  it('refuses NUL bytes and malformed escapes', () => {
    expect(resolveAppAssetPath('app://coalition-desk/index.html%00.png', ROOT)).toBeNull();
    expect(resolveAppAssetPath('app://coalition-desk/%E0%A4%A', ROOT)).toBeNull();
  });

  it('refuses backslash traversal under Windows path rules', () => {
    const winRoot = 'C:\\Program Files\\Coalition desk\\resources\\dist\\renderer';
    expect(resolveAppAssetPath('app://coalition-desk/assets/main.js', winRoot, path.win32)).toBe(`${winRoot}\\assets\\main.js`);
    expect(resolveAppAssetPath('app://coalition-desk/..%5c..%5c..%5cWindows%5cwin.ini', winRoot, path.win32)).toBeNull();
    expect(resolveAppAssetPath('app://coalition-desk/..\\..\\..\\Windows\\win.ini', winRoot, path.win32)).toBeNull();
    expect(resolveAppAssetPath('app://coalition-desk/C:%5cWindows%5cwin.ini', winRoot, path.win32)).toBeNull();
    // A UNC-looking path is joined under the root, not sent to a network share.
    expect(resolveAppAssetPath('app://coalition-desk/%5c%5cserver%5cshare%5cx', winRoot, path.win32)).toBe(
      `${winRoot}\\server\\share\\x`,
    );
  });
});
