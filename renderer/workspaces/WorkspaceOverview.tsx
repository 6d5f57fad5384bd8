import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../shared/members/member';
import type { WorkspaceDoc } from '../../shared/workspace-doc/workspace-doc';
import type { WorkspaceProfile } from '../../shared/workspaces/workspace-profile';
import { StakeholderCoverageNotice } from '../members/StakeholderCoverageNotice';
import { WorkspaceProfileForm } from './WorkspaceProfileForm';

const PROFILE_FIELDS = ['acronym', 'focus', 'objectives', 'mailingList', 'website'] as const;

export function WorkspaceOverview({
  workspace,
  profile,
  members,
  onRenamed,
}: {
  workspace: WorkspaceDoc;
  profile: WorkspaceProfile;
  members: Member[];
  onRenamed: (name: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <section aria-labelledby="overview-heading">
      <h2 id="overview-heading">{t('workspace.profile')}</h2>
      <StakeholderCoverageNotice members={members} />
      {editing ? (
        <WorkspaceProfileForm
          idPrefix="profile"
          initial={profile}
          submitLabel={t('actions.save')}
          onSave={async (next) => {
            workspace.setProfile(next);
            if (next.name !== profile.name) await onRenamed(next.name);
            setEditing(false);
          }}
        />
      ) : (
        <>
          <dl className="profile">
            {PROFILE_FIELDS.map((field) => (
              <div key={field}>
                <dt>{t(`workspace.${field}`)}</dt>
                <dd>{profile[field] || t('common.notSet')}</dd>
              </div>
            ))}
          </dl>
          <button type="button" onClick={() => setEditing(true)}>
            {t('workspace.editProfile')}
          </button>
        </>
      )}
    </section>
  );
}
