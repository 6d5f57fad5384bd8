// `node build/bench-export.mjs`: time and size of each export format for the 260,000-edit trace.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = mkdtempSync(path.join(tmpdir(), 'bench-export-'));
try {
  await build({ entryPoints: [path.join(projectDir, 'tests/bench/export.ts')], bundle: true, platform: 'node', format: 'esm', outfile: path.join(out, 'bench.mjs'), logLevel: 'warning' });
  const trace = path.resolve(projectDir, 'tests/bench/data/editing-traces/automerge-paper.json.gz');
  const run = spawnSync(process.execPath, [path.join(out, 'bench.mjs'), trace], { stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}
