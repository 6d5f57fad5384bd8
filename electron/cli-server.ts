/** Starts one of our server commands, prints where it listens, and stops it cleanly on a signal. */
export function runServerCommand<S extends { close(): Promise<void> }>(what: string, where: string, start: () => Promise<S>, describe: (server: S) => string[]): void {
  start().then(
    (server) => {
      for (const line of describe(server)) console.log(line);
      const stop = () => void server.close().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    },
    (error: unknown) => {
      console.error(`Could not start ${what} on ${where}: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
