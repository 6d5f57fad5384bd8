import type { Member } from './member';

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell. A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as
 * a formula (`=cmd|' /C calc'!A0`): a leading apostrophe makes it text there, and the import reads
 * it back without the apostrophe (`unescapeCsvCell`).
 */
export function csvCell(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n;]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The import's side of csvCell: an apostrophe that only guarded a formula start is dropped. */
export function unescapeCsvCell(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

const COLUMNS = ['name', 'email', 'organisation', 'stakeholder group', 'region', 'time zone', 'role'] as const;

/** The registry as CSV, with a UTF-8 byte-order mark so spreadsheets read names in any script; the import reads it back. */
export function membersCsv(members: readonly Member[]): string {
  const rows = members.map((member) => [member.name, member.email, member.organisation, member.stakeholderGroup, member.region, member.timeZone, member.role].map(csvCell).join(','));
  return `\uFEFF${[COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
