import { describe, expect, it } from 'vitest';
import { csvCell, membersCsv } from '../../../shared/members/member-csv';
import type { Member } from '../../../shared/members/member';
import {
  decodeMemberFile,
  guessMapping,
  MAX_IMPORT_ROWS,
  parseMemberCsv,
  parseRoster,
  planMemberImport,
  ROSTER_MAPPING,
  type MemberTable,
  type PlanOptions,
} from '../../../shared/members/member-import';

function tableOf(csv: string): MemberTable {
  const outcome = parseMemberCsv(csv);
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.table;
}

const labels: PlanOptions['labels'] = { stakeholderGroups: { 'civil-society': ['Civil society', 'Société civile'], academia: ['Academia'] }, roles: { observer: ['Observer'] } };

function plan(table: MemberTable, overrides: Partial<PlanOptions> = {}) {
  return planMemberImport(table, { mapping: guessMapping(table.headers), labels, defaultGroup: null, defaultTimeZone: 'Europe/Paris', existing: [], firstLine: 2, ...overrides });
}

describe('member import from CSV', () => {
  it('guesses the mapping from headers in several languages, and leaves unknown headers unmapped', () => {
    expect(guessMapping(['Full name', 'E-mail', 'Employer', 'Stakeholder group', 'Country'])).toEqual({ name: 0, email: 1, organisation: null, stakeholderGroup: 3, region: 4, timeZone: null, role: null });
    expect(guessMapping(['Nom', 'Courriel', 'Organisation', 'Groupe', 'Fuseau horaire', 'Rôle'])).toMatchObject({ name: 0, email: 1, organisation: 2, stakeholderGroup: 3, timeZone: 4, role: 5 });
  });

  it('reads every valid row as the add-member form would, and names each problem by line and field', () => {
    const table = tableOf(
      [
        'Name,Email,Group,Role,Time zone',
        'Wanjiru Kamau,wanjiru@example.org,Civil society,,',
        ',nobody@example.org,Academia,,',
        'Tomas Novak,not-an-email,Academia,,',
        'Ines Silva,ines@example.org,Media,,',
        'Lars Takeda,lars@example.org,société civile,Observer,Asia/Tokyo',
        'Oona Achebe,oona@example.org,academia,,Mars/Olympus',
      ].join('\n'),
    );
    const result = plan(table);
    expect(result.ready.map((member) => member.name)).toEqual(['Wanjiru Kamau', 'Lars Takeda']);
    expect(result.ready[0]).toMatchObject({ stakeholderGroup: 'civil-society', role: 'member', timeZone: 'Europe/Paris' });
    expect(result.ready[1]).toMatchObject({ stakeholderGroup: 'civil-society', role: 'observer', timeZone: 'Asia/Tokyo' });
    const errors = result.rows.filter((row) => !row.member).map((row) => [row.line, row.errors]);
    expect(errors).toEqual([
      [3, { name: 'errors.required' }],
      [4, { email: 'errors.invalidEmail' }],
      [5, { stakeholderGroup: 'errors.unknownStakeholderGroup' }],
      [7, { timeZone: 'errors.unknownTimeZone' }],
    ]);
  });

  it('fills a missing group from the default the user picked, and imports nothing without a name column', () => {
    const table = tableOf('Email,Name\nmei@example.org,Liu Mei\n');
    expect(plan(table).ready).toEqual([]);
    expect(plan(table, { defaultGroup: 'academia' }).ready).toMatchObject([{ name: 'Liu Mei', stakeholderGroup: 'academia' }]);
    const noName = plan(table, { mapping: { ...guessMapping(table.headers), name: null }, defaultGroup: 'academia' });
    expect(noName.missingColumns).toEqual(['name']);
    expect(noName.ready).toEqual([]);
  });

  it('flags duplicates by email or normalised name, within the file and against existing members', () => {
    const table = tableOf(
      ['Name,Email,Group', 'Wanjiru Kamau,wanjiru@example.org,Academia', 'WANJIRU  kamau,other@example.org,Academia', 'Someone Else,Wanjiru@Example.org,Academia', 'Amara Velde,amara@example.org,Academia', 'Pita Moreau,pita@example.org,Academia'].join('\n'),
    );
    const result = plan(table, { existing: [{ name: 'Amara Velde', email: '' }, { name: 'P. Moreau', email: 'PITA@example.org' }] });
    expect(result.ready.map((member) => member.name)).toEqual(['Wanjiru Kamau']);
    expect(result.rows.map((row) => row.duplicateOf)).toEqual([undefined, { kind: 'row', line: 2 }, { kind: 'row', line: 2 }, { kind: 'member', name: 'Amara Velde' }, { kind: 'member', name: 'P. Moreau' }]);
  });

  it('keeps formula-like cells as the text they are', () => {
    const table = tableOf('Name,Organisation,Group\n"=cmd|\' /C calc\'!A0",+SUM(1),Academia\n@Rosa Delgado,-1,Academia\n');
    const result = plan(table);
    expect(result.ready.map((member) => [member.name, member.organisation])).toEqual([
      ["=cmd|' /C calc'!A0", '+SUM(1)'],
      ['@Rosa Delgado', '-1'],
    ]);
  });

  it('drops a UTF-8 byte-order mark, reads UTF-16, and marks rows that were not UTF-8', () => {
    const utf8 = new TextEncoder().encode('\uFEFFName,Group\nZoë Ndlovu,Academia\n');
    expect(tableOf(decodeMemberFile(utf8)).headers).toEqual(['Name', 'Group']);
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from('Name\nAli\n').flatMap((char) => [char.charCodeAt(0), 0])]);
    expect(tableOf(decodeMemberFile(utf16)).rows).toEqual([['Ali']]);
    // "Zoë" in Latin-1: 0xEB is not UTF-8.
    const latin1 = new Uint8Array([...new TextEncoder().encode('Name,Group\nZo'), 0xeb, ...new TextEncoder().encode(' Ndlovu,Academia\nAli Haddad,Academia\n')]);
    const table = tableOf(decodeMemberFile(latin1));
    const result = plan(table);
    expect(result.rows[0]?.errors._row).toBe('errors.importBadEncoding');
    expect(result.ready.map((member) => member.name)).toEqual(['Ali Haddad']);
  });

  it('refuses more than 10,000 rows, and a file with a header only', () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, index) => `Person ${index},Academia`);
    expect(parseMemberCsv(['Name,Group', ...rows].join('\n'))).toEqual({ ok: false, error: 'errors.importTooManyRows' });
    expect(parseMemberCsv(['Name,Group', ...rows.slice(0, MAX_IMPORT_ROWS)].join('\n')).ok).toBe(true);
    expect(parseMemberCsv('Name,Group\n')).toEqual({ ok: false, error: 'errors.importNoRows' });
  });
});

describe('member import from a mailing-list roster', () => {
  it('reads "Name <address>" lines, quoted names, and flags a bare address as a row without a name', () => {
    const outcome = parseRoster('Wanjiru Kamau <wanjiru@example.org>\n"Liu, Mei" <mei.liu@example.org>\n\n# moderators\nno-name@example.org\n');
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.table.rows).toEqual([
      ['Wanjiru Kamau', 'wanjiru@example.org'],
      ['Liu, Mei', 'mei.liu@example.org'],
      ['', 'no-name@example.org'],
    ]);
    const result = plan(outcome.table, { mapping: ROSTER_MAPPING, defaultGroup: 'civil-society', firstLine: 1 });
    expect(result.ready.map((member) => [member.name, member.email, member.stakeholderGroup])).toEqual([
      ['Wanjiru Kamau', 'wanjiru@example.org', 'civil-society'],
      ['Liu, Mei', 'mei.liu@example.org', 'civil-society'],
    ]);
    expect(result.rows[2]).toMatchObject({ line: 3, errors: { name: 'errors.required' } });
  });
});

describe('member list export', () => {
  it('escapes formula starts and quotes, and reads back to the same members', () => {
    expect(csvCell('=cmd|\' /C calc\'!A0')).toBe("'=cmd|' /C calc'!A0");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@Rosa')).toBe("'@Rosa");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('Liu, Mei')).toBe('"Liu, Mei"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    const members: Member[] = [
      { id: 'm1', joinedAt: '2026-01-01T00:00:00.000Z', name: 'Liu, Mei', email: 'mei@example.org', organisation: '=HYPERLINK("http://evil.example","x")', stakeholderGroup: 'academia', region: 'Asia', timeZone: 'Asia/Shanghai', role: 'observer' },
      { id: 'm2', joinedAt: '2026-01-01T00:00:00.000Z', name: 'Zoë Ndlovu', email: '', organisation: '', stakeholderGroup: 'civil-society', region: '', timeZone: 'Africa/Johannesburg', role: 'member' },
    ];
    const csv = membersCsv(members);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    const back = plan(tableOf(decodeMemberFile(new TextEncoder().encode(csv))), { labels: { stakeholderGroups: {}, roles: {} } });
    expect(back.ready).toEqual(members.map(({ id: _id, joinedAt: _joinedAt, ...fields }) => fields));
  });
});
