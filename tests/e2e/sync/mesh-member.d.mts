import type { ChildProcessWithoutNullStreams } from 'node:child_process';

export interface MeshPeerOptions {
  name: string;
  room: string;
  password: string;
  signaling: string[];
  title: string;
  stateFile?: string;
  timeoutMs?: number;
}

export interface MeshPeerState {
  op: 'state';
  lines: string[];
  xmlHash: string;
  stateVector: Record<string, number>;
  peers: number;
}

export type MeshCommand =
  | { op: 'write'; marker: string }
  | { op: 'await'; markers: string[]; ms: number }
  | { op: 'state' }
  | { op: 'arm' }
  | { op: 'hit'; ms: number }
  | { op: 'clock' };

export type MeshAnswer<C extends MeshCommand> = C extends { op: 'write' }
  ? { op: 'write'; marker: string; at: number }
  : C extends { op: 'await' }
    ? { op: 'await'; ok: true; at: number } | { op: 'await'; ok: false; missing: string[] }
    : C extends { op: 'arm' }
      ? { op: 'arm'; length: number }
      : C extends { op: 'hit' }
        ? { op: 'hit'; at: number | null }
        : C extends { op: 'clock' }
          ? { op: 'clock'; at: number }
          : MeshPeerState;

export interface MeshPeer {
  name: string;
  child: ChildProcessWithoutNullStreams;
  ready: Promise<{ op: 'ready'; documentId: string }>;
  exited: Promise<number | string>;
  stderr(): string;
  alive(): boolean;
  send<C extends MeshCommand>(command: C): Promise<MeshAnswer<C>>;
  stop(ms?: number): Promise<void>;
  kill(): Promise<void>;
}

export declare function startMeshPeer(options: MeshPeerOptions): MeshPeer;
