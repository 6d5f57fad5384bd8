import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../shared/members/member';
import type { WorkspaceDoc } from '../../shared/workspace-doc/workspace-doc';
import type { WorkspaceProfile } from '../../shared/workspaces/workspace-profile';
import { nextAnnualReportDue } from '../../shared/workspaces/annual-report';
import { useFormats } from '../i18n/use-formats';
import { StakeholderCoverageNotice } from '../members/StakeholderCoverageNotice';
import { WorkspaceProfileForm } from './WorkspaceProfileForm';

const PROFILE_FIELDS = ['acronym', 'focus', 'objectives', 'mailingList', 'website'] as const;

export function WorkspaceOverview({
  workspace,
  profile,
  members,
  zone,
  onRenamed,
}: {
  workspace: WorkspaceDoc;
  profile: WorkspaceProfile;
  members: Member[];
  /** The viewer's own zone, for the calendar the due date is counted on. */
  zone?: string | undefined;
  onRenamed: (name: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const formats = useFormats(zone);
  const [now] = useState(() => new Date());
  const due = nextAnnualReportDue(now, formats.timeZone);
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
            <div>
              <dt>{t('workspace.annualReport.label')}</dt>
              <dd>
                <time dateTime={due}>{t('workspace.annualReport.due', { date: formats.calendarDate(due), relative: formats.relativeDay(due, now) })}</time>
              </dd>
            </div>
          </dl>
          <button type="button" onClick={() => setEditing(true)}>
            {t('workspace.editProfile')}
          </button>
        </>
      )}
    </section>
  );
}
