import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
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

export function AddMemberForm({ onAdd }: { onAdd: (member: MemberFields) => void }) {
  const { t } = useTranslation();
  const form = useForm(MemberInputSchema, empty, 'member');
  const role = form.field('role');
  const roles = useMemo(() => roleOptions(t), [t]);
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
      <SelectField<MemberRole> {...role} value={role.value as MemberRole} label={t('members.role')} required options={roles} />
      <FormErrorSummary errors={form.errors} />
      <button type="submit" className="primary">
        {t('members.addButton')}
      </button>
    </form>
  );
}
