import WebSocket from 'ws';

/** A WebSocket client for server tests: `next()` resolves with the next JSON message received. */
export function connect(url: string): Promise<{ socket: WebSocket; next: () => Promise<Record<string, unknown>> }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    const queue: Array<Record<string, unknown>> = [];
    const waiting: Array<(message: Record<string, unknown>) => void> = [];
    socket.on('message', (data) => {
      const message = JSON.parse(data.toString()) as Record<string, unknown>;
      const waiter = waiting.shift();
      if (waiter) waiter(message);
      else queue.push(message);
    });
    socket.on('open', () =>
      resolve({
        socket,
        next: () => {
          const queued = queue.shift();
          return queued ? Promise.resolve(queued) : new Promise((done) => waiting.push(done));
        },
      }),
    );
    socket.on('error', reject);
  });
}
