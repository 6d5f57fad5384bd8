import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { membersCsv } from '../../shared/members/member-csv';
import type { Member } from '../../shared/members/member';
import { useApp } from '../app/app-context';

/** The registry as a CSV file, formula-safe for spreadsheets; the import reads it back. */
export function MembersCsvExport({ members }: { members: readonly Member[] }) {
  const { t } = useTranslation();
  const { platform } = useApp();
  const [status, setStatus] = useState('');
  const save = async () => {
    const saved = await platform.saveFile('members.csv', membersCsv(members), 'text/csv');
    setStatus(saved ? t('memberImport.exported') : '');
  };
  return (
    <div className="export-buttons">
      <button type="button" onClick={() => void save()}>
        {t('memberImport.exportCsv')}
      </button>
      <span role="status">{status}</span>
    </div>
  );
}
