/** The little the main process needs from a logger, injected so tests can see what was refused. */
export interface Logger {
  warn(message: string, details?: Readonly<Record<string, unknown>>): void;
}

export const consoleLogger: Logger = {
  warn: (message, details) => (details === undefined ? console.warn(message) : console.warn(message, details)),
};
