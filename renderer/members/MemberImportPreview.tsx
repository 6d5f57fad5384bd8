import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { guessMapping, IMPORT_FIELDS, planMemberImport, ROSTER_MAPPING, type ColumnMapping, type ImportField, type ImportRow, type MemberTable, type ValueLabels } from '../../shared/members/member-import';
import { MEMBER_ROLES, type MemberFields } from '../../shared/members/member';
import { STAKEHOLDER_GROUPS, type StakeholderGroup } from '../../shared/members/stakeholder-group';
import { stakeholderOptions } from '../ui/option-lists';
import { systemTimeZone } from './person-fields';

const SHOWN_PROBLEMS = 200;
const SAMPLE_ROWS = 10;

const FIELD_LABELS = {
  name: 'person.name',
  email: 'person.email',
  organisation: 'person.organisation',
  stakeholderGroup: 'person.stakeholderGroup',
  region: 'person.region',
  timeZone: 'person.timeZone',
  role: 'members.role',
} as const satisfies Record<ImportField, string>;

/** A cell may name a group or role by its id, in English, or in the language the app is shown in. */
function valueLabels(t: TFunction, english: TFunction): ValueLabels {
  return {
    stakeholderGroups: Object.fromEntries(STAKEHOLDER_GROUPS.map((group) => [group, [t(`stakeholderGroups.${group}`), english(`stakeholderGroups.${group}`)]])),
    roles: Object.fromEntries(MEMBER_ROLES.map((role) => [role, [t(`roles.${role}`), english(`roles.${role}`)]])),
  };
}

function problems(row: ImportRow, t: TFunction): string[] {
  const list = Object.entries(row.errors).map(([field, key]) => (field === '_row' ? t(key ?? 'errors.invalid') : `${t(FIELD_LABELS[field as ImportField] ?? 'errors.invalid')}: ${t(key ?? 'errors.invalid')}`));
  if (row.duplicateOf?.kind === 'row') list.push(t('memberImport.duplicateRow', { line: row.duplicateOf.line }));
  if (row.duplicateOf?.kind === 'member') list.push(t('memberImport.duplicateMember', { name: row.duplicateOf.name }));
  return list;
}

export function MemberImportPreview({
  kind,
  table,
  existing,
  onConfirm,
  onCancel,
}: {
  kind: 'csv' | 'roster';
  table: MemberTable;
  existing: ReadonlyArray<{ name: string; email: string }>;
  onConfirm: (members: MemberFields[]) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [mapping, setMapping] = useState<ColumnMapping>(() => (kind === 'roster' ? ROSTER_MAPPING : guessMapping(table.headers)));
  const [defaultGroup, setDefaultGroup] = useState<StakeholderGroup | ''>('');
  const labels = useMemo(() => valueLabels(t, i18n.getFixedT('en')), [t, i18n]);
  const plan = useMemo(
    () => planMemberImport(table, { mapping, labels, defaultGroup: defaultGroup || null, defaultTimeZone: systemTimeZone(), existing, firstLine: kind === 'roster' ? 1 : 2 }),
    [table, mapping, labels, defaultGroup, existing, kind],
  );
  const bad = plan.rows.filter((row) => !row.member);
  const groups = useMemo(() => stakeholderOptions(t), [t]);

  return (
    <form
      noValidate
      aria-label={t('memberImport.previewForm')}
      onSubmit={(event) => {
        event.preventDefault();
        if (plan.ready.length > 0) onConfirm(plan.ready);
      }}
    >
      {kind === 'csv' ? (
        <fieldset>
          <legend>{t('memberImport.mapping')}</legend>
          {IMPORT_FIELDS.map((field) => (
            <div className="field" key={field}>
              <label htmlFor={`member-import-map-${field}`}>{t('memberImport.columnFor', { field: t(FIELD_LABELS[field]) })}</label>
              <select
                id={`member-import-map-${field}`}
                value={mapping[field] ?? ''}
                onChange={(event) => setMapping((current) => ({ ...current, [field]: event.target.value === '' ? null : Number(event.target.value) }))}
              >
                <option value="">{t('memberImport.notInFile')}</option>
                {table.headers.map((header, index) => (
                  <option key={index} value={index}>
                    {header === '' ? t('memberImport.columnNumber', { number: index + 1 }) : header}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </fieldset>
      ) : null}
      <div className="field">
        <label htmlFor="member-import-default-group">{t('memberImport.defaultGroup')}</label>
        <select id="member-import-default-group" value={defaultGroup} onChange={(event) => setDefaultGroup(event.target.value as StakeholderGroup | '')}>
          <option value="">{t('memberImport.noDefaultGroup')}</option>
          {groups.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div role="status" className="member-import-summary">
        <p>{t('memberImport.summary', { count: plan.rows.length, ready: plan.ready.length })}</p>
        {plan.missingColumns.length > 0 ? <p className="field-error">{t('memberImport.nameColumnMissing')}</p> : null}
      </div>
      {bad.length > 0 ? (
        <>
          <h4 id="member-import-problems">{t('memberImport.problems', { count: bad.length })}</h4>
          <ul aria-labelledby="member-import-problems" className="member-import-problems">
            {bad.slice(0, SHOWN_PROBLEMS).map((row) => (
              <li key={row.line}>{t('memberImport.rowProblem', { line: row.line, name: row.cells.name || '—', problems: problems(row, t).join('; ') })}</li>
            ))}
          </ul>
          {bad.length > SHOWN_PROBLEMS ? <p>{t('memberImport.moreProblems', { count: bad.length - SHOWN_PROBLEMS })}</p> : null}
        </>
      ) : null}
      <table className="members-table">
        <caption>{t('memberImport.sampleCaption', { count: Math.min(SAMPLE_ROWS, plan.rows.length) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('memberImport.line')}</th>
            {IMPORT_FIELDS.map((field) => (
              <th scope="col" key={field}>
                {t(FIELD_LABELS[field])}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {plan.rows.slice(0, SAMPLE_ROWS).map((row) => (
            <tr key={row.line}>
              <th scope="row">{row.line}</th>
              {IMPORT_FIELDS.map((field) => (
                <td key={field}>{row.cells[field]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="button-row">
        <button type="submit" className="primary" disabled={plan.ready.length === 0}>
          {t('memberImport.confirm', { count: plan.ready.length })}
        </button>
        <button type="button" onClick={onCancel}>
          {t('import.cancel')}
        </button>
      </div>
    </form>
  );
}
