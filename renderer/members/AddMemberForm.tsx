import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { sameNameAs } from '../../shared/text/visible-name';
import { MAX_NAME_LENGTH } from '../../shared/validation';
import { MemberInputSchema, type MemberFields, type MemberRole } from '../../shared/members/member';
import { FormErrorSummary, SelectField } from '../ui/fields';
import { roleOptions } from '../ui/option-lists';
import { useForm } from '../ui/use-form';
import { PersonFields, systemTimeZone } from './person-fields';

const empty = (): Record<string, string> => ({
  name: '',
  email: '',
  organisation: '',
  stakeholderGroup: '',
  region: '',
  timeZone: systemTimeZone(),
  role: 'member',
});

export function AddMemberForm({ onAdd, existingNames = [] }: { onAdd: (member: MemberFields) => void; existingNames?: readonly string[] }) {
  const { t } = useTranslation();
  const form = useForm(MemberInputSchema, empty, 'member');
  const role = form.field('role');
  const roles = useMemo(() => roleOptions(t), [t]);
  const typedName = form.values.name ?? '';
  const sameAs = useMemo(() => (typedName.length <= MAX_NAME_LENGTH ? sameNameAs(typedName, existingNames) : undefined), [typedName, existingNames]);
  return (
    <form
      noValidate
      aria-label={t('members.addTitle')}
      onSubmit={form.submit((member) => {
        onAdd(member);
        form.setValues(empty());
      })}
    >
      <PersonFields field={form.field} />
      <div role="status">{sameAs !== undefined ? <p className="notice warning">{t('members.duplicateName', { name: sameAs })}</p> : null}</div>
      <SelectField<MemberRole> {...role} value={role.value as MemberRole} label={t('members.role')} required options={roles} />
      <FormErrorSummary errors={form.errors} />
      <button type="submit" className="primary">
        {t('members.addButton')}
      </button>
    </form>
  );
}
