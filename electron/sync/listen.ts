import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Listens on host:port (0 for any free port) and answers the address as a URL host part: `[::1]:4444`. */
export async function listen(http: Server, host: string, port: number): Promise<{ hostPort: string; port: number }> {
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, host, () => resolve());
  });
  const address = http.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return { hostPort: `${shownHost}:${address.port}`, port: address.port };
}
