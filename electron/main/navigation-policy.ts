import { isAppUrl } from './app-origin';

/** The window only ever shows our own pages; anything else is a bug or an attack. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/**
 * Links the user clicks may open in their browser only if they are plain https without credentials;
 * other schemes (file:, smb:, custom handlers) can launch local programs.
 */
export function isVettedExternalUrl(candidate: string): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && url.username === '' && url.password === '' && url.hostname !== '';
}
