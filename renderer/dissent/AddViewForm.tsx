import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { prepareDissent, VIEW_KINDS, type DissentTarget, type ViewKind } from '../../shared/dissent/dissent';
import { DissentDoc } from '../../shared/dissent/dissent-doc';
import type { Member } from '../../shared/members/member';
import type { FieldErrors } from '../../shared/validation';
import type { WorkspaceDoc } from '../../shared/workspace-doc/workspace-doc';
import type { WorkspaceIntegrity } from '../integrity/workspace-integrity';
import { FormErrorSummary, SelectField, TextField } from '../ui/fields';

/** Any member, observers included, can put a view on record; it is signed with their key. */
export function AddViewForm({
  workspaceId,
  workspace,
  me,
  integrity,
  target,
  onDone,
}: {
  workspaceId: string;
  workspace: WorkspaceDoc;
  me: Member | undefined;
  integrity: WorkspaceIntegrity;
  target: DissentTarget;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [viewKind, setViewKind] = useState<ViewKind>('dissenting');
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const prepared = prepareDissent({ viewKind, target, title, text }, { workspaceId, member: me, now: new Date() });
    if (!prepared.ok) return setErrors(prepared.errors);
    setErrors({});
    new DissentDoc(workspace.ydoc).append(await integrity.sign(prepared.value));
    onDone();
  };

  return (
    <form noValidate aria-label={t('dissent.addTitle')} onSubmit={(event) => void submit(event)}>
      {target.kind === 'passage' ? <blockquote className="passage-quote">{target.anchor.quote}</blockquote> : null}
      <SelectField<ViewKind>
        id="view-kind"
        label={t('dissent.kind')}
        value={viewKind}
        onChange={setViewKind}
        options={VIEW_KINDS.map((kind) => ({ value: kind, label: t(`dissent.kinds.${kind}`) }))}
        error={errors.viewKind}
      />
      <TextField id="view-title" label={t('dissent.viewTitle')} value={title} onChange={setTitle} error={errors.title} />
      <TextField id="view-text" label={t('dissent.text')} value={text} onChange={setText} error={errors.text} multiline required />
      {errors._form ? <p className="field-error">{t(errors._form)}</p> : null}
      <FormErrorSummary errors={errors} />
      <button type="submit" className="primary">
        {t('dissent.record')}
      </button>
      <button type="button" onClick={onDone}>
        {t('actions.cancel')}
      </button>
    </form>
  );
}
