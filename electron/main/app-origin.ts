/**
 * The renderer is served from app://coalition-desk/ rather than file://, so it has one stable
 * origin of its own: IndexedDB and the sender checks key on it, and file:// would grant the page
 * read access to every local file.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'coalition-desk';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** True only for URLs on our own app:// origin (WHATWG URL gives non-special schemes an opaque origin, so compare parts). */
export function isAppUrl(candidate: string): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
}
