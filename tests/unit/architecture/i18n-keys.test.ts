import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { baseKeys, flatCatalogue } from './catalogues';
import { scanTranslations, type TranslationScan } from './translation-calls';

/**
 * Every key the UI can ask for exists in the English catalogue (i18n-catalogues.test.ts then holds
 * every other language to English). Keys are read by the TypeScript checker, not by a regex, so
 * keys built from templates and kept in variables are checked too (decision 0026):
 * - a literal, or a value whose type is a union of literals (an `as const` table, a zod enum, a
 *   conditional between two keys), must exist, each variant of it;
 * - a template whose parts are such unions expands to every variant, and each must exist; a part
 *   that can be any string matches one key segment, and the pattern must match at least one key;
 * - a value typed only `string` must be on the reviewed list below (validation messages), and
 *   every key-shaped string written anywhere in renderer/ or shared/ must exist: that is where
 *   such values come from.
 */
const english = flatCatalogue('en');
const keys = baseKeys(english);
const namespaces = new Set([...keys].map((key) => key.split('.')[0] ?? ''));
const has = (key: string) => keys.has(key);
const where = (file: string, line: number) => `${relative(process.cwd(), file)}:${line}`;

// Calls whose key is a validation message carried as `string` (zod issue messages, form errors,
// refusal reasons). Their values are literals in shared/ and renderer/, checked in the last test.
// A new untyped call fails until its key is typed (`as const`, a literal union) or added here.
const UNTYPED_MESSAGE_CALLS: Record<string, readonly string[]> = {
  'renderer/ui/fields.tsx': ['error'],
  'renderer/proposals/proposal-fields.tsx': ['error'],
  'renderer/dissent/AddViewForm.tsx': ['errors._form'],
  'renderer/dissent/EndorsementsSection.tsx': ["errors._form ?? errors.endorser ?? 'errors.invalid'"],
  'renderer/dissent/ViewsAnnex.tsx': ["prepared.errors._form ?? 'errors.invalid'"],
  'renderer/documents/LinkForm.tsx': ['error'],
  'renderer/documents/DocumentScreen.tsx': ['titleError'],
  'renderer/translations/AddTranslationForm.tsx': ['errors.language'],
  'renderer/meetings/meeting-fields.tsx': ['error'],
  'renderer/meetings/ActionsView.tsx': ['error'],
  'renderer/meetings/ChoicePollScreen.tsx': ['error'],
  'renderer/meetings/ScheduleSlotForm.tsx': ['errors._form'],
  'renderer/meetings/DatePollScreen.tsx': ['error'],
  'renderer/meetings/AgendaEditor.tsx': ['error'],
  'renderer/meetings/AttendanceEditor.tsx': ['error'],
  'renderer/meetings/NextStepsEditor.tsx': ['error'],
  'renderer/meetings/ItemMinutesEditor.tsx': ['error'],
  'renderer/meetings/MinutesLifecycleControls.tsx': ['error'],
  'renderer/meetings/IcsImport.tsx': ['error', 'notice'],
  'renderer/meetings/FairnessSuggestion.tsx': ['reason.params.partOfDay'],
  'renderer/meetings/DatePollForm.tsx': ['errors.slots'],
  'renderer/proposals/DecisionForm.tsx': ['failure.key'],
  'renderer/proposals/ObjectionsList.tsx': ['failure.key'],
  'renderer/proposals/PositionForm.tsx': ['failure.key'],
  'renderer/proposals/RecordedDecisions.tsx': ['failure.key'],
  'renderer/sync/SignalingServersForm.tsx': ["issue?.message ?? 'errors.invalid'"],
  'renderer/sync/JoinWorkspaceForm.tsx': ['error'],
  'renderer/workspaces/WorkspaceListItem.tsx': ['error'],
  'renderer/documents/LifecycleSteps.tsx': ['errors._form'],
  'renderer/documents/LockedNote.tsx': ['error'],
  'renderer/import/ImportDocumentForm.tsx': ['reading.error'],
  'renderer/members/ImportMembersForm.tsx': ['error'],
  'renderer/members/MemberImportPreview.tsx': ["key ?? 'errors.invalid'"],
};

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, pattern) : pattern.test(name) ? [path] : [];
  });
}

describe('i18n keys used in code', () => {
  let scan: TranslationScan;
  beforeAll(() => {
    scan = scanTranslations('renderer/tsconfig.json');
  }, 120_000);

  it('finds the t() calls (the scan itself works)', () => {
    expect(scan.calls.length).toBeGreaterThan(500);
    expect(scan.calls.some((call) => call.candidates.kind === 'pattern')).toBe(true);
  });

  it('has every key a t() call can ask for, each variant of a typed or template key', () => {
    const missing = scan.calls.flatMap((call) =>
      call.candidates.kind === 'keys' ? call.candidates.keys.filter((key) => !has(key)).map((key) => `${where(call.file, call.line)}: ${key}`) : [],
    );
    expect(missing).toEqual([]);
  });

  it('matches at least one key for each template with an open part', () => {
    const unmatched = scan.calls.flatMap((call) => {
      const { candidates } = call;
      return candidates.kind === 'pattern' && ![...keys].some((key) => candidates.pattern.test(key)) ? [`${where(call.file, call.line)}: ${candidates.text}`] : [];
    });
    expect(unmatched).toEqual([]);
  });

  it('types every key held in a variable, apart from the reviewed validation messages', () => {
    const untyped = scan.calls.flatMap((call) => {
      if (call.candidates.kind !== 'untyped') return [];
      const file = relative(process.cwd(), call.file);
      const expression = call.candidates.text.replace(/: [^:]*$/, '');
      return UNTYPED_MESSAGE_CALLS[file]?.includes(expression) ? [] : [`${where(call.file, call.line)}: ${call.candidates.text}`];
    });
    expect(untyped).toEqual([]);
  });

  it('has every key-shaped string written in renderer/ and shared/, and a key for every key-shaped template', () => {
    const missing = scan.strings.flatMap((written) => {
      const namespace = written.text.split('.')[0] ?? '';
      if (!namespaces.has(namespace) || !written.text.includes('.')) return [];
      const template = written.template;
      if (template) return [...keys].some((key) => template.pattern.test(key)) ? [] : [`${where(written.file, written.line)}: ${template.source}`];
      // Only whole dotted keys: a prefix such as 'proposals.stances.' or a file name is not a key.
      if (!/^[a-zA-Z][\w-]*(?:\.[\w-]+)+$/.test(written.text) || /\.(json|css|tsx?|md|csv|docx|pdf|html|ics|txt|coalition|zip)$/.test(written.text)) return [];
      return has(written.text) ? [] : [`${where(written.file, written.line)}: ${written.text}`];
    });
    expect([...new Set(missing)]).toEqual([]);
  });

  it('has every error key that shared/ validation can produce', () => {
    const missing = filesUnder('shared', /\.ts$/).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/'(errors\.[a-zA-Z]+)'/g)].map((match) => match[1] ?? '').filter((key) => !has(key)).map((key) => `${file}: ${key}`),
    );
    expect([...new Set(missing)]).toEqual([]);
  });
});
