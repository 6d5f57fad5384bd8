import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { sameNameAs } from '../../shared/text/visible-name';
import { MAX_NAME_LENGTH } from '../../shared/validation';
import { WorkspaceProfileSchema, type WorkspaceProfile } from '../../shared/workspaces/workspace-profile';
import { FormErrorSummary, TextField } from '../ui/fields';
import { useForm } from '../ui/use-form';

export function WorkspaceProfileForm({
  initial,
  idPrefix,
  submitLabel,
  onSave,
  otherNames = [],
}: {
  initial?: WorkspaceProfile;
  /** The names of the other workspaces on this device, to warn before a second one reads the same. */
  otherNames?: readonly string[];
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
  const typedName = form.values.name ?? '';
  const sameAs = useMemo(() => (typedName.length <= MAX_NAME_LENGTH ? sameNameAs(typedName, otherNames) : undefined), [typedName, otherNames]);
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
      <div role="status">{sameAs !== undefined ? <p className="notice warning">{t('workspaces.duplicateName', { name: sameAs })}</p> : null}</div>
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
