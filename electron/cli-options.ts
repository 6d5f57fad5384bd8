/** `--name value` from the command line of our server commands (`npm run signal`, `serve`, `relay`). */
export function cliOption(name: string, fallback: string, argv: readonly string[] = process.argv): string {
  const index = argv.indexOf(`--${name}`);
  return index >= 0 ? (argv[index + 1] ?? fallback) : fallback;
}

/** A TCP port from the command line; exits with a message when it is not one. */
export function cliPort(fallback: string, argv: readonly string[] = process.argv): number {
  const text = cliOption('port', fallback, argv);
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Not a port number: ${text}`);
    process.exit(2);
  }
  return port;
}
