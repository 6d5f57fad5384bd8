import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decodeMemberFile, MAX_MEMBER_FILE_BYTES, parseMemberCsv, parseRoster, type MemberTable, type TableOutcome } from '../../shared/members/member-import';
import type { MemberFields } from '../../shared/members/member';
import { TextField } from '../ui/fields';
import { MemberImportPreview } from './MemberImportPreview';

type Source = { kind: 'csv' | 'roster'; table: MemberTable; key: number };

/**
 * Members from a CSV file or a pasted mailing-list roster: read, then a preview with the column
 * mapping and every row's problems; nothing is added until the user confirms.
 */
export function ImportMembersForm({ existing, onImport }: { existing: ReadonlyArray<{ name: string; email: string }>; onImport: (members: MemberFields[]) => void }) {
  const { t } = useTranslation();
  const [source, setSource] = useState<Source>();
  const [error, setError] = useState<string>();
  const [roster, setRoster] = useState('');
  const [imported, setImported] = useState<number>();
  const [inputKey, setInputKey] = useState(0);

  const take = (kind: Source['kind'], outcome: TableOutcome) => {
    setImported(undefined);
    if (!outcome.ok) {
      setSource(undefined);
      return setError(outcome.error);
    }
    setError(undefined);
    setSource({ kind, table: outcome.table, key: Date.now() });
  };

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    // The size is known before a byte is read: a huge file is refused without loading it.
    if (file.size > MAX_MEMBER_FILE_BYTES) return take('csv', { ok: false, error: 'errors.importTooLarge' });
    if (file.size === 0) return take('csv', { ok: false, error: 'errors.importEmpty' });
    const text = decodeMemberFile(new Uint8Array(await file.arrayBuffer()));
    const isRoster = /\.txt$/i.test(file.name);
    take(isRoster ? 'roster' : 'csv', isRoster ? parseRoster(text) : parseMemberCsv(text));
  };

  const done = (count: number) => {
    setSource(undefined);
    setRoster('');
    setInputKey((key) => key + 1);
    setImported(count);
  };

  return (
    <div className="member-import">
      <div className="field">
        <label htmlFor="member-import-file">{t('memberImport.file')}</label>
        <input
          key={inputKey}
          id="member-import-file"
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          aria-describedby="member-import-file-hint"
          aria-invalid={error ? true : undefined}
          onChange={(event) => void readFile(event.target.files?.[0])}
        />
        <p className="hint" id="member-import-file-hint">
          {t('memberImport.fileHint')}
        </p>
      </div>
      <TextField id="member-import-roster" label={t('memberImport.roster')} hint={t('memberImport.rosterHint')} multiline value={roster} onChange={setRoster} />
      <button type="button" onClick={() => take('roster', parseRoster(roster))} disabled={roster.trim() === ''}>
        {t('memberImport.readRoster')}
      </button>
      <p role="alert" className="field-error">
        {error ? `${t('memberImport.notImported')} ${t(error, { max: '10,000' })}` : ''}
      </p>
      <div role="status">{imported !== undefined ? <p className="notice">{t('memberImport.imported', { count: imported })}</p> : null}</div>
      {source ? (
        <MemberImportPreview
          key={source.key}
          kind={source.kind}
          table={source.table}
          existing={existing}
          onCancel={() => done(0)}
          onConfirm={(members) => {
            onImport(members);
            done(members.length);
          }}
        />
      ) : null}
    </div>
  );
}
