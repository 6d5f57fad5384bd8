import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { prepareEndorsement, type EndorsementView } from '../../shared/dissent/endorsement';
import { DissentDoc } from '../../shared/dissent/dissent-doc';
import type { Member } from '../../shared/members/member';
import type { FieldErrors } from '../../shared/validation';
import type { WorkspaceDoc } from '../../shared/workspace-doc/workspace-doc';
import type { WorkspaceIntegrity } from '../integrity/workspace-integrity';
import { TextField } from '../ui/fields';

/** Sign-ons to a statement: by members themselves, or recorded for another coalition with its representative. */
export function EndorsementsSection({
  workspaceId,
  documentId,
  workspace,
  endorsements,
  members,
  me,
  integrity,
}: {
  workspaceId: string;
  documentId: string;
  workspace: WorkspaceDoc;
  endorsements: EndorsementView[];
  members: Member[];
  me: Member | undefined;
  integrity: WorkspaceIntegrity;
}) {
  const { t } = useTranslation();
  const [coalition, setCoalition] = useState('');
  const [representative, setRepresentative] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const active = endorsements.filter((endorsement) => endorsement.status === 'active');
  const iEndorsed = active.some((endorsement) => endorsement.endorser.kind === 'member' && endorsement.recordedBy === me?.id);
  const nameOf = (id: string) => members.find((member) => member.id === id)?.name ?? t('dissent.unknownMember');

  const endorse = async (endorser: { kind: 'member' } | { kind: 'coalition'; coalitionName: string; representativeName: string }) => {
    const today = new Date().toISOString().slice(0, 10);
    const prepared = prepareEndorsement({ endorser, endorsedOn: today, note: '' }, { documentId, workspaceId, member: me, now: new Date() });
    if (!prepared.ok) return setErrors(prepared.errors);
    setErrors({});
    new DissentDoc(workspace.ydoc).append(await integrity.sign(prepared.value));
    setCoalition('');
    setRepresentative('');
  };

  return (
    <section aria-labelledby="endorsements-heading">
      <h2 id="endorsements-heading">{t('dissent.endorsementsTitle')}</h2>
      {active.length === 0 ? <p>{t('dissent.noEndorsements')}</p> : null}
      <ul>
        {active.map((endorsement) => (
          <li key={endorsement.id}>
            {endorsement.endorser.kind === 'member'
              ? nameOf(endorsement.recordedBy)
              : t('dissent.coalitionEndorser', { coalition: endorsement.endorser.coalitionName, representative: endorsement.endorser.representativeName })}{' '}
            — {endorsement.endorsedOn}
          </li>
        ))}
      </ul>
      {errors._form || errors.endorser ? <p className="field-error">{t(errors._form ?? errors.endorser ?? 'errors.invalid')}</p> : null}
      {me && !iEndorsed ? (
        <button type="button" onClick={() => void endorse({ kind: 'member' })}>
          {t('dissent.endorseAsMe')}
        </button>
      ) : null}
      <form
        noValidate
        aria-label={t('dissent.recordCoalition')}
        onSubmit={(event) => {
          event.preventDefault();
          // Both names are required; say which is missing next to its own field.
          const missing: FieldErrors = {};
          if (coalition.trim() === '') missing.coalitionName = 'errors.required';
          if (representative.trim() === '') missing.representativeName = 'errors.required';
          if (Object.keys(missing).length > 0) return setErrors(missing);
          void endorse({ kind: 'coalition', coalitionName: coalition, representativeName: representative });
        }}
      >
        <TextField id="endorsing-coalition" label={t('dissent.coalitionName')} value={coalition} onChange={setCoalition} error={errors.coalitionName} required />
        <TextField id="endorsing-representative" label={t('dissent.representative')} value={representative} onChange={setRepresentative} error={errors.representativeName} required />
        <button type="submit">{t('dissent.recordCoalition')}</button>
      </form>
    </section>
  );
}
