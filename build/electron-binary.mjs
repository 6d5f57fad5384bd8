import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// Resolved in a child process: when the binary is missing, require('electron') tries to download
// it and prints to the terminal, and callers want one line of their own instead.
// The download attempt writes to the same stdout, so the answer follows a marker.
const MARKER = '@@electron-probe@@';
const PROBE = `
const { createRequire } = require('node:module');
let answer;
try {
  answer = { path: createRequire(process.cwd() + '/package.json')('electron') };
} catch (error) {
  answer = { error: String((error && error.message) || error) };
}
process.stdout.write('${MARKER}' + JSON.stringify(answer));`;

/** First sentence of an error message, enough to say why without a stack or install advice. */
function shortReason(message) {
  if (/failed to install/i.test(message)) return 'its binary is not installed and could not be downloaded';
  const firstSentence = message.split(/(?<=\.)\s/)[0] ?? message;
  return firstSentence.replace(/\.$/, '');
}

/**
 * Whether the Electron binary can be launched here, the way `require('electron')` resolves it.
 * @param {string} projectDir
 * @returns {{ available: true, path: string } | { available: false, reason: string }}
 */
export function detectElectronBinary(projectDir) {
  const probe = spawnSync(process.execPath, ['-e', PROBE], {
    cwd: projectDir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 300_000, // allows a first-run download where the network permits it
  });
  let answer;
  try {
    const output = probe.stdout ?? '';
    const at = output.lastIndexOf(MARKER);
    answer = at === -1 ? undefined : JSON.parse(output.slice(at + MARKER.length));
  } catch {
    answer = undefined;
  }
  if (answer === undefined) {
    return { available: false, reason: probe.error ? probe.error.message : 'could not resolve the electron package' };
  }
  if (typeof answer.path === 'string') {
    return existsSync(answer.path)
      ? { available: true, path: answer.path }
      : { available: false, reason: `no binary at ${answer.path}` };
  }
  return { available: false, reason: shortReason(String(answer.error)) };
}
