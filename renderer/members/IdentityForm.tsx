import { useTranslation } from 'react-i18next';
import { IdentityInputSchema, type Identity } from '../../shared/members/identity';
import { FormErrorSummary } from '../ui/fields';
import { useForm } from '../ui/use-form';
import { PersonFields, systemTimeZone } from './person-fields';

/** Who is using this install: asked on first start, edited in Settings. */
export function IdentityForm({ initial, submitLabel, onSave }: { initial?: Identity; submitLabel: string; onSave: (identity: Identity) => Promise<void> }) {
  const { t } = useTranslation();
  const form = useForm(
    IdentityInputSchema,
    {
      name: initial?.name ?? '',
      email: initial?.email ?? '',
      organisation: initial?.organisation ?? '',
      stakeholderGroup: initial?.stakeholderGroup ?? '',
      region: initial?.region ?? '',
      timeZone: initial?.timeZone ?? systemTimeZone(),
    },
    'identity',
  );
  return (
    <form noValidate aria-label={t('identity.formLabel')} onSubmit={form.submit((value) => onSave({ ...value, id: initial?.id ?? crypto.randomUUID() }))}>
      <PersonFields field={form.field} />
      <FormErrorSummary errors={form.errors} />
      <button type="submit" className="primary">
        {submitLabel}
      </button>
    </form>
  );
}
