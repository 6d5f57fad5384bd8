import { afterEach, describe, expect, it } from 'vitest';
import { connect } from './ws-client';
import { MAX_SIGNALING_MESSAGE_BYTES, startSignalingServer, type SignalingServer } from '../../../electron/sync/signaling-server';

let server: SignalingServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('signaling server', () => {
  it('relays publications to the subscribers of a topic only, with the y-webrtc message shape', async () => {
    server = await startSignalingServer({ host: '127.0.0.1', port: 0 });
    const a = await connect(server.url);
    const b = await connect(server.url);
    const c = await connect(server.url);
    a.socket.send(JSON.stringify({ type: 'subscribe', topics: ['room-1'] }));
    b.socket.send(JSON.stringify({ type: 'subscribe', topics: ['room-1'] }));
    c.socket.send(JSON.stringify({ type: 'subscribe', topics: ['room-2'] }));
    c.socket.send(JSON.stringify({ type: 'ping' }));
    expect(await c.next()).toEqual({ type: 'pong' });
    a.socket.send(JSON.stringify({ type: 'publish', topic: 'room-1', data: 'sealed' }));
    expect(await b.next()).toEqual({ type: 'publish', topic: 'room-1', data: 'sealed', clients: 2 });
    expect(await a.next()).toEqual({ type: 'publish', topic: 'room-1', data: 'sealed', clients: 2 });
    c.socket.send(JSON.stringify({ type: 'ping' }));
    expect(await c.next()).toEqual({ type: 'pong' }); // and not the room-1 publication
    expect(server.clientCount()).toBe(3);
    [a, b, c].forEach(({ socket }) => socket.close());
  });

  it('ignores malformed messages and closes a client that sends an oversized one', async () => {
    server = await startSignalingServer({ host: '127.0.0.1', port: 0 });
    const a = await connect(server.url);
    a.socket.send('not json');
    a.socket.send(JSON.stringify({ type: 'subscribe', topics: 'room-1' }));
    a.socket.send(JSON.stringify({ type: 'ping' }));
    expect(await a.next()).toEqual({ type: 'pong' });
    const closed = new Promise<number>((resolve) => a.socket.on('close', resolve));
    a.socket.send('x'.repeat(MAX_SIGNALING_MESSAGE_BYTES + 10));
    expect(await closed).toBe(1009);
  });
});
