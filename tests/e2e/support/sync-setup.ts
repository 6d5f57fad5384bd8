import { test } from '@playwright/test';
import { startSignalingServer, type SignalingServer } from '../../../electron/sync/signaling-server';
import type { DeskPage } from './desk-page';

/**
 * What the peer-to-peer specs share: a signaling server of our own on 127.0.0.1 for each test
 * (never a public one, shared/TESTING.md), and the members who join the founder's workspace.
 */
export function signalingPerTest(): { readonly url: string } {
  let server: SignalingServer | undefined;
  test.beforeEach(async () => {
    server = await startSignalingServer({ host: '127.0.0.1', port: 0 });
  });
  test.afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  return {
    get url(): string {
      if (!server) throw new Error('The signaling server runs only during a test.');
      return server.url;
    },
  };
}

export type Person = Parameters<DeskPage['completeOnboarding']>[0];
export const KO: Person = { name: 'Ko Imani', organisation: 'Ministry of Maps', group: 'Government', region: 'Kenya' };
export const LIN: Person = { name: 'Lin Okafor', organisation: 'Harbour Institute', group: 'Academia', region: 'Nigeria' };
export const EVE: Person = { name: 'Eve Mallory', organisation: 'Nobody', group: 'Private sector', region: 'Nowhere' };

/** A new install: its owner introduces themselves, then joins by the invite code. */
export async function joinAs(desk: DeskPage, person: Person, code: string): Promise<void> {
  await desk.open();
  await desk.completeOnboarding(person);
  await desk.joinWith(code);
}
