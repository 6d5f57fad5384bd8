import { z } from 'zod';

/**
 * Whoever serves the web edition (`npm run serve`, `npm start`'s web fallback) also serves
 * signaling on the same origin and says so in this small file beside the app, so two members who
 * open the same address find each other with nothing typed. Relative paths only: the file cannot
 * point a member's app at another host.
 */
export const HOME_SERVER_FILE = 'coalition-server.json';
export const HOME_SIGNALING_PATH = '/signal';

export const HomeServerSchema = z.object({
  signalingPath: z.string().regex(/^\/[A-Za-z0-9/_-]{0,100}$/),
});
export type HomeServer = z.infer<typeof HomeServerSchema>;

export const HOME_SERVER: HomeServer = { signalingPath: HOME_SIGNALING_PATH };

/** The signaling address of the origin the app was served from, or undefined for other origins (app://, file:). */
export function homeSignalingUrl(origin: string, server: HomeServer): string | undefined {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  return `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}${server.signalingPath}`;
}
