import { useTranslation } from 'react-i18next';
import { WorkspaceProfileSchema, type WorkspaceProfile } from '../../shared/workspaces/workspace-profile';
import { FormErrorSummary, TextField } from '../ui/fields';
import { useForm } from '../ui/use-form';

export function WorkspaceProfileForm({
  initial,
  idPrefix,
  submitLabel,
  onSave,
}: {
  initial?: WorkspaceProfile;
  idPrefix: string;
  submitLabel: string;
  onSave: (profile: WorkspaceProfile) => Promise<void>;
}) {
  const { t } = useTranslation();
  const form = useForm(
    WorkspaceProfileSchema,
    {
      name: initial?.name ?? '',
      acronym: initial?.acronym ?? '',
      focus: initial?.focus ?? '',
      objectives: initial?.objectives ?? '',
      mailingList: initial?.mailingList ?? '',
      website: initial?.website ?? '',
    },
    idPrefix,
  );
  return (
    <form
      noValidate
      aria-label={submitLabel}
      onSubmit={form.submit(async (profile) => {
        await onSave(profile);
        if (!initial) form.setValues({ name: '', acronym: '', focus: '', objectives: '', mailingList: '', website: '' });
      })}
    >
      <TextField {...form.field('name')} label={t('workspace.name')} required />
      <TextField {...form.field('acronym')} label={t('workspace.acronym')} />
      <TextField {...form.field('focus')} label={t('workspace.focus')} />
      <TextField {...form.field('objectives')} label={t('workspace.objectives')} multiline />
      <TextField {...form.field('mailingList')} label={t('workspace.mailingList')} type="email" />
      <TextField {...form.field('website')} label={t('workspace.website')} type="url" hint={t('workspace.websiteHint')} />
      <FormErrorSummary errors={form.errors} />
      <button type="submit" className="primary">
        {submitLabel}
      </button>
    </form>
  );
}
