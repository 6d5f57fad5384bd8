import Papa from 'papaparse';
import { nameKey } from '../text/visible-name';
import { fieldErrors } from '../validation';
import { unescapeCsvCell } from './member-csv';
import { MEMBER_ROLES, MemberInputSchema, type MemberFields, type MemberRole } from './member';
import { STAKEHOLDER_GROUPS, type StakeholderGroup } from './stakeholder-group';

/** A member list far larger than any coalition; beyond it the file is refused whole, with a message. */
export const MAX_IMPORT_ROWS = 10_000;
export const MAX_MEMBER_FILE_BYTES = 5 * 1024 * 1024;

export const IMPORT_FIELDS = ['name', 'email', 'organisation', 'stakeholderGroup', 'region', 'timeZone', 'role'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
/** Field → index of the column it is read from, or null when no column holds it. */
export type ColumnMapping = Record<ImportField, number | null>;

export interface MemberTable {
  headers: string[];
  rows: string[][];
  /** Rows with characters that were not UTF-8 (decoded as U+FFFD), by index into `rows`. */
  badEncodingRows: ReadonlySet<number>;
}

export type TableOutcome = { ok: true; table: MemberTable } | { ok: false; error: 'errors.importTooManyRows' | 'errors.importTooLarge' | 'errors.importEmpty' | 'errors.importNoRows' };

/** Bytes → text: a UTF-8 BOM is dropped, UTF-16 with a BOM is read as such; anything not UTF-8 is marked, not guessed. */
export function decodeMemberFile(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return new TextDecoder('utf-8').decode(bytes.subarray(start));
}

function table(cells: string[][]): TableOutcome {
  const [headers, ...rows] = cells;
  if (!headers) return { ok: false, error: 'errors.importEmpty' };
  if (rows.length === 0) return { ok: false, error: 'errors.importNoRows' };
  if (rows.length > MAX_IMPORT_ROWS) return { ok: false, error: 'errors.importTooManyRows' };
  const badEncodingRows = new Set<number>();
  rows.forEach((row, index) => {
    if (row.some((cell) => cell.includes('\uFFFD'))) badEncodingRows.add(index);
  });
  return { ok: true, table: { headers: headers.map((header) => header.trim()), rows, badEncodingRows } };
}

/** A CSV (comma, semicolon or tab separated, as spreadsheets write them). Cells are text: nothing is evaluated. */
export function parseMemberCsv(text: string): TableOutcome {
  if (text.length > MAX_MEMBER_FILE_BYTES) return { ok: false, error: 'errors.importTooLarge' };
  // One row more than the cap is enough to know the file is over it.
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: 'greedy', dynamicTyping: false, preview: MAX_IMPORT_ROWS + 2 });
  return table(parsed.data.map((row) => row.map((cell) => unescapeCsvCell(String(cell)))));
}

const ROSTER_LINE = /^\s*(?:"([^"]*)"|([^<]*?))\s*<([^<>\s]+)>\s*$/;
const BARE_ADDRESS = /^\s*<?([^<>\s]+@[^<>\s]+?)>?\s*$/;

/** A mailing-list roster, "Name <address>" per line (a bare address is a row with no name). */
export function parseRoster(text: string): TableOutcome {
  if (text.length > MAX_MEMBER_FILE_BYTES) return { ok: false, error: 'errors.importTooLarge' };
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim() !== '' && !line.trim().startsWith('#'));
  const cells = lines.slice(0, MAX_IMPORT_ROWS + 1).map((line) => {
    const named = ROSTER_LINE.exec(line);
    if (named) return [(named[1] ?? named[2] ?? '').trim(), named[3] ?? ''];
    const bare = BARE_ADDRESS.exec(line);
    return bare ? ['', bare[1] ?? ''] : [line.trim(), ''];
  });
  return table([['name', 'email'], ...cells]);
}

export const ROSTER_MAPPING: ColumnMapping = { name: 0, email: 1, organisation: null, stakeholderGroup: null, region: null, timeZone: null, role: null };

/** Header words per field, in the app's six languages and the usual spreadsheet spellings. */
const HEADER_WORDS: Record<ImportField, string[]> = {
  name: ['name', 'fullname', 'member', 'nom', 'nombre', 'имя', 'фио', '姓名', '名字', 'الاسم'],
  email: ['email', 'e-mail', 'mail', 'emailaddress', 'courriel', 'correo', 'correoelectronico', 'почта', 'электроннаяпочта', '电子邮件', '邮箱', 'البريدالإلكتروني'],
  organisation: ['organisation', 'organization', 'org', 'affiliation', 'organisme', 'organización', 'организация', '组织', '机构', 'المنظمة'],
  stakeholderGroup: ['stakeholdergroup', 'stakeholder', 'group', 'sector', 'groupe', 'grupo', 'группа', '利益相关方', 'مجموعةأصحابالمصلحة'],
  region: ['region', 'country', 'countryorregion', 'région', 'pays', 'región', 'país', 'регион', 'страна', '地区', '国家', 'المنطقة', 'البلد'],
  timeZone: ['timezone', 'tz', 'fuseauhoraire', 'zonahoraria', 'часовойпояс', '时区', 'المنطقةالزمنية'],
  role: ['role', 'rôle', 'rol', 'роль', '角色', 'الدور'],
};

const squashed = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/[\s_\-.:]+/gu, '');

/** A first guess from the headers; the preview lets the user change every column. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = { name: null, email: null, organisation: null, stakeholderGroup: null, region: null, timeZone: null, role: null };
  const taken = new Set<number>();
  for (const field of IMPORT_FIELDS) {
    const words = HEADER_WORDS[field].map(squashed);
    const index = headers.findIndex((header, column) => !taken.has(column) && words.includes(squashed(header)));
    if (index >= 0) {
      mapping[field] = index;
      taken.add(index);
    }
  }
  return mapping;
}

/** The words a cell may use for a stakeholder group or role: the id, and labels the renderer passes (English and the user's language). */
export interface ValueLabels {
  stakeholderGroups: Partial<Record<StakeholderGroup, readonly string[]>>;
  roles: Partial<Record<MemberRole, readonly string[]>>;
}

function lookup<T extends string>(ids: readonly T[], labels: Partial<Record<T, readonly string[]>>, cell: string): T | undefined {
  const key = squashed(cell);
  return ids.find((id) => squashed(id) === key || (labels[id] ?? []).some((label) => squashed(label) === key));
}

export interface ImportRow {
  /** 1-based line in the file, the header being line 1 (a roster has no header: its line numbers are shifted back). */
  line: number;
  /** Values as read from the file, for the preview. */
  cells: Record<ImportField, string>;
  member?: MemberFields;
  /** Field → i18n error key; `_row` for the row as a whole. */
  errors: Partial<Record<ImportField | '_row', string>>;
  /** Another row of the file or a member already in the workspace that this row repeats. */
  duplicateOf?: { kind: 'row'; line: number } | { kind: 'member'; name: string };
}

export interface ImportPlan {
  rows: ImportRow[];
  ready: MemberFields[];
  /** The mapping lacks a column every row needs (the name). */
  missingColumns: ImportField[];
}

export interface PlanOptions {
  mapping: ColumnMapping;
  labels: ValueLabels;
  /** For rows with no stakeholder group, if the user picked one. */
  defaultGroup: StakeholderGroup | null;
  /** For rows with no time zone: the importer's own. */
  defaultTimeZone: string;
  existing: ReadonlyArray<{ name: string; email: string }>;
  /** 2 for a CSV (line 1 is the header), 1 for a roster. */
  firstLine: number;
}

const emailKey = (email: string): string => email.trim().toLowerCase();

/**
 * Every row checked as the add-member form checks one (MemberInputSchema), plus duplicates: the same
 * email or the same name (nameKey) earlier in the file or among existing members. Nothing is written.
 */
export function planMemberImport(source: MemberTable, options: PlanOptions): ImportPlan {
  const { mapping, labels } = options;
  const missingColumns = mapping.name === null ? (['name'] as ImportField[]) : [];
  const existingByEmail = new Map(options.existing.filter((member) => member.email.trim() !== '').map((member) => [emailKey(member.email), member.name]));
  const existingByName = new Map(options.existing.map((member) => [nameKey(member.name), member.name]));
  const seenEmail = new Map<string, number>();
  const seenName = new Map<string, number>();
  const rows = source.rows.map((row, index): ImportRow => {
    const line = index + options.firstLine;
    const cells = Object.fromEntries(IMPORT_FIELDS.map((field) => [field, mapping[field] === null ? '' : (row[mapping[field] ?? -1] ?? '').trim()])) as Record<ImportField, string>;
    const errors: ImportRow['errors'] = {};
    if (source.badEncodingRows.has(index)) errors._row = 'errors.importBadEncoding';
    const group = cells.stakeholderGroup === '' ? (options.defaultGroup ?? undefined) : lookup(STAKEHOLDER_GROUPS, labels.stakeholderGroups, cells.stakeholderGroup);
    const role = cells.role === '' ? 'member' : lookup(MEMBER_ROLES, labels.roles, cells.role);
    const parsed = MemberInputSchema.safeParse({
      name: cells.name,
      email: cells.email,
      organisation: cells.organisation,
      stakeholderGroup: group ?? cells.stakeholderGroup,
      region: cells.region,
      timeZone: cells.timeZone === '' ? options.defaultTimeZone : cells.timeZone,
      role: role ?? cells.role,
    });
    if (!parsed.success) Object.assign(errors, fieldErrors(parsed.error));
    let duplicateOf: ImportRow['duplicateOf'];
    const email = emailKey(cells.email);
    const name = nameKey(cells.name);
    const existingName = (email !== '' ? existingByEmail.get(email) : undefined) ?? (name !== '' ? existingByName.get(name) : undefined);
    const earlier = (email !== '' ? seenEmail.get(email) : undefined) ?? (name !== '' ? seenName.get(name) : undefined);
    if (existingName !== undefined) duplicateOf = { kind: 'member', name: existingName };
    else if (earlier !== undefined) duplicateOf = { kind: 'row', line: earlier };
    if (email !== '' && !seenEmail.has(email)) seenEmail.set(email, line);
    if (name !== '' && !seenName.has(name)) seenName.set(name, line);
    const ok = parsed.success && Object.keys(errors).length === 0 && duplicateOf === undefined;
    return { line, cells, errors, ...(duplicateOf ? { duplicateOf } : {}), ...(ok ? { member: parsed.data } : {}) };
  });
  const ready = missingColumns.length > 0 ? [] : rows.flatMap((row) => (row.member ? [row.member] : []));
  return { rows, ready, missingColumns };
}
