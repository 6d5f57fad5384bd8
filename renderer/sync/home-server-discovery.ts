import { HOME_SERVER_FILE, HomeServerSchema, homeSignalingUrl } from '../../shared/sync/home-server';

const DISCOVERY_TIMEOUT_MS = 3_000;

/**
 * The signaling endpoint of the server this web edition came from, when that server offers one
 * (`npm run serve`, `npm start`). Asked once per start; offline or elsewhere (app://) it is none.
 */
export function discoverHomeSignaling(): Promise<string | undefined> {
  asked ??= ask(window.location);
  return asked;
}

let asked: Promise<string | undefined> | undefined;

function ask(location: Pick<Location, 'origin' | 'href' | 'protocol'>): Promise<string | undefined> {
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return Promise.resolve(undefined);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), DISCOVERY_TIMEOUT_MS);
  return fetch(new URL(HOME_SERVER_FILE, location.href), { signal: controller.signal, cache: 'no-cache' })
    .then(async (response) => {
      if (!response.ok) return undefined;
      const parsed = HomeServerSchema.safeParse(await response.json());
      return parsed.success ? homeSignalingUrl(location.origin, parsed.data) : undefined;
    })
    .catch(() => undefined)
    .finally(() => clearTimeout(timer));
}
