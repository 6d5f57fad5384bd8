// Figures for exporting the final text of the automerge-paper trace (259,778 edits) as a charter with
// a view on every tenth paragraph, in Node: prints, asserts nothing. Run with `node build/bench-export.mjs`.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Packer } from 'docx';
import * as Y from 'yjs';
import { documentDocx } from '../../shared/dissent/document-docx';
import { documentHtmlFile } from '../../shared/dissent/document-html';
import { documentMarkdownFile } from '../../shared/dissent/document-markdown';
import type { DissentView } from '../../shared/dissent/dissent-view';
import { documentExportModel } from '../../shared/dissent/export-model';

interface Trace {
  txns: Array<{ patches: Array<[number, number, string]> }>;
}

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

function finalText(trace: Trace): string {
  const text = new Y.Doc().getText('t');
  for (const txn of trace.txns) for (const [pos, deleted, inserted] of txn.patches) {
    if (deleted > 0) text.delete(pos, deleted);
    if (inserted) text.insert(pos, inserted);
  }
  return text.toString();
}

async function time<T>(run: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const times: number[] = [];
  let value!: T;
  for (let index = 0; index < RUNS; index += 1) {
    const started = performance.now();
    value = await run();
    times.push(performance.now() - started);
  }
  return { ms: median(times), value };
}

async function main(): Promise<void> {
  const source = finalText(JSON.parse(gunzipSync(readFileSync(process.argv[2] ?? '')).toString('utf8')) as Trace);
  const body = new Y.Doc().getXmlFragment('body:charter');
  const blocks = source.split(/\n+/).filter((line) => line.trim() !== '');
  body.insert(
    0,
    blocks.map((line) => {
      const heading = line.startsWith('#');
      const element = new Y.XmlElement(heading ? 'heading' : 'paragraph');
      if (heading) element.setAttribute('level', '2');
      const text = new Y.XmlText();
      text.insert(0, line.replace(/^#+\s*/, ''));
      element.insert(0, [text]);
      return element;
    }),
  );
  const view = (index: number): DissentView => ({
    id: `v${index}`, authorId: 'm1', status: 'active', coSignerIds: [], viewKind: 'dissenting', target: { kind: 'document', documentId: 'charter' },
    title: `View ${index}`, text: 'We do not agree with this paragraph as written.', createdAt: '2026-07-01T09:00:00Z', updatedAt: '2026-07-01T09:00:00Z',
    revisions: [], withdrawal: null, coSigners: [], withdrawnCoSigners: [],
  });
  const views = Array.from({ length: Math.ceil(blocks.length / 10) }, (_, index) => view(index));
  const input = { documentId: 'charter', title: 'Charter', body, views, endorsements: [], members: [{ id: 'm1', name: 'Amara Velde' }] };

  const model = await time(() => documentExportModel(input));
  const markdown = await time(() => documentMarkdownFile(model.value));
  const html = await time(() => documentHtmlFile(model.value));
  const docxBuild = await time(() => documentDocx(model.value));
  const docx = await time(() => Packer.toBuffer(documentDocx(model.value)));
  console.log(`Export of a ${source.length.toLocaleString('en')}-character charter (${blocks.length} blocks, ${views.length} views), median of ${RUNS}:`);
  console.log(`  model (body blocks + annex): ${model.ms.toFixed(1)} ms`);
  console.log(`  Markdown: ${markdown.ms.toFixed(1)} ms, ${(markdown.value.length / 1024).toFixed(0)} KiB`);
  console.log(`  HTML (also the print view): ${html.ms.toFixed(1)} ms, ${(html.value.length / 1024).toFixed(0)} KiB`);
  console.log(`  Word: build ${docxBuild.ms.toFixed(1)} ms, build + pack ${docx.ms.toFixed(1)} ms, ${(docx.value.byteLength / 1024).toFixed(0)} KiB`);
}

await main();
