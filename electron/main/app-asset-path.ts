import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';

type PathApi = Pick<typeof path, 'join' | 'resolve' | 'relative' | 'isAbsolute' | 'sep'>;

/**
 * Maps an app:// request to a file inside the built renderer, or null when it must not be served.
 * `pathApi` is injectable so the Windows separator rules can be tested on any OS.
 */
export function resolveAppAssetPath(requestUrl: string, rendererDir: string, pathApi: PathApi = path): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;

  let requested: string;
  try {
    requested = decodeURIComponent(url.pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  if (requested.includes('\0')) return null;
  if (requested === '' || requested.endsWith('/')) requested += 'index.html';

  // Ensure the file stays within the renderer directory - decoded %2f/%5c can reintroduce "..".
  const root = pathApi.resolve(rendererDir);
  const resolved = pathApi.resolve(pathApi.join(root, requested));
  const relative = pathApi.relative(root, resolved);
  const escapes = relative === '..' || relative.startsWith(`..${pathApi.sep}`) || pathApi.isAbsolute(relative);
  if (relative === '' || escapes) return null;
  return resolved;
}
