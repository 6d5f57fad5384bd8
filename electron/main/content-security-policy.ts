/**
 * One policy for every way the app is served: the app:// protocol (desktop), `npm run serve` and
 * `vite preview` (web edition) send it as a response header, so it covers every document and
 * cannot be dropped by editing index.html; the built index.html also carries it as a
 * `<meta http-equiv>` for any other static host (see build/home-server-plugin.ts).
 */
const directives: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  // Only our own bundles: no inline script, no eval. The service worker is a same-origin script.
  'script-src': ["'self'"],
  'worker-src': ["'self'"],
  // The rich-text editors inject inline styles at runtime.
  'style-src': ["'self'", "'unsafe-inline'"],
  // data: for the invite's QR code (an SVG data URL) and the empty favicon. No blob: images: the
  // editor has none, and downloads through blob: links are not images.
  'img-src': ["'self'", 'data:'],
  // Signaling servers and relays are addresses each member types in (any host, ws: on a venue LAN
  // without TLS), so no list can be fixed here; plain http(s) requests stay on our own origin.
  'connect-src': ["'self'", 'ws:', 'wss:'],
  'font-src': ["'self'"],
  'manifest-src': ["'self'"],
  'media-src': ["'none'"],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

function policy(skip: readonly string[]): string {
  return Object.entries(directives)
    .filter(([name]) => !skip.includes(name))
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

export const CONTENT_SECURITY_POLICY = policy([]);

/** The same policy for a `<meta http-equiv>`, where browsers ignore frame-ancestors (and warn about it). */
export const META_CONTENT_SECURITY_POLICY = policy(['frame-ancestors']);
