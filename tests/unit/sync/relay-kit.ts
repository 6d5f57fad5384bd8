import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { RelaySync, type RelayState, type RelaySyncOptions } from '../../../renderer/sync/relay-sync';

/** A member in Node: a workspace Y.Doc synced through one relay by the app's own RelaySync. */
export interface RelayMember {
  doc: Y.Doc;
  sync: RelaySync;
  text(): string;
  type(text: string): void;
  stop(): void;
}

export async function joinRelay(url: string, workspace: { workspaceId: string; secret: string }, options: RelaySyncOptions = {}): Promise<RelayMember> {
  const doc = new Y.Doc();
  const sync = await RelaySync.start(doc, workspace, url, { WebSocketPolyfill: WebSocket, graceMs: 50, ...options });
  const body = doc.getText('body');
  return {
    doc,
    sync,
    text: () => body.toString(),
    type: (text) => body.insert(body.length, text),
    stop: () => sync.destroy(),
  };
}

export function untilState(member: RelayMember, state: RelayState, timeout = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (member.sync.status.state === state) return resolve();
    const timer = setTimeout(() => reject(new Error(`relay state stayed ${member.sync.status.state}, never ${state}`)), timeout);
    const off = member.sync.onStatus((status) => {
      if (status.state !== state) return;
      clearTimeout(timer);
      off();
      resolve();
    });
  });
}

/** Every file below `dir`, as bytes: what an operator (or a thief of the disk) could read. */
export async function everyByteBelow(dir: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) parts.push(await readFile(join(entry.parentPath, entry.name)));
  }
  return Buffer.concat(parts);
}

/** The marker as plain UTF-8, UTF-16 and base64: none of them may appear in a relay's files. */
export function markerForms(marker: string): Buffer[] {
  const utf8 = Buffer.from(marker, 'utf8');
  return [utf8, Buffer.from(marker, 'utf16le'), Buffer.from(utf8.toString('base64').replace(/=+$/, '')), Buffer.from(utf8.toString('base64url').replace(/=+$/, ''))];
}
