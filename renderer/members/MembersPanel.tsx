import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { nameKey, sharedNameKeys } from '../../shared/text/visible-name';
import type { Member, MemberRole } from '../../shared/members/member';
import { roleOptions } from '../ui/option-lists';
import type { WorkspaceDoc } from '../../shared/workspace-doc/workspace-doc';
import { AddMemberForm } from './AddMemberForm';
import { addMember } from './add-member';
import { ImportMembersForm } from './ImportMembersForm';
import { MembersCsvExport } from './MembersCsvExport';
import { StakeholderCoverageNotice } from './StakeholderCoverageNotice';

export function MembersPanel({
  workspace,
  members,
  invalidCount,
  me,
  onAssignRole,
}: {
  workspace: WorkspaceDoc;
  members: Member[];
  invalidCount: number;
  me: Member | undefined;
  /** Signs the role into the membership log where the member is admitted (members/assign-role.ts). */
  onAssignRole: (member: Member, role: MemberRole) => Promise<void>;
}) {
  const { t } = useTranslation();
  // Coordinators assign roles (chair, steering committee…); a coalition keeps at least one coordinator.
  const canAssignRoles = me?.role === 'coordinator';
  const coordinators = members.filter((member) => member.role === 'coordinator').length;
  // Two members who read the same are told apart by the notice, never silently merged or hidden.
  const names = useMemo(() => members.map((member) => member.name), [members]);
  const sharedNames = useMemo(() => sharedNameKeys(names), [names]);
  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading">{t('members.title')}</h2>
      <StakeholderCoverageNotice members={members} />
      {sharedNames.size > 0 ? <p role="note" className="notice warning">{t('members.sameNames', { count: sharedNames.size })}</p> : null}
      {invalidCount > 0 ? <p role="note">{t('members.invalidEntries', { count: invalidCount })}</p> : null}
      <table className="members-table">
        <caption className="visually-hidden">{t('members.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('person.name')}</th>
            <th scope="col">{t('members.role')}</th>
            <th scope="col">{t('person.organisation')}</th>
            <th scope="col">{t('person.stakeholderGroup')}</th>
            <th scope="col">{t('person.region')}</th>
            <th scope="col">{t('person.timeZone')}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.id} data-search-item={member.id}>
              <th scope="row">
                <span dir="auto">{member.name}</span>
                {sharedNames.has(nameKey(member.name)) ? <span className="same-name"> {t('members.sameNameBadge')}</span> : null}
              </th>
              <td>
                {canAssignRoles && !(member.role === 'coordinator' && coordinators === 1) ? (
                  <select
                    aria-label={t('members.roleOf', { name: member.name })}
                    value={member.role}
                    onChange={(event) => void onAssignRole(member, event.target.value as MemberRole)}
                  >
                    {roleOptions(t).map((option) => (
                      <option key={option.value} value={option.value}>
                        {option.label}
                      </option>
                    ))}
                  </select>
                ) : (
                  t(`roles.${member.role}`)
                )}
              </td>
              <td dir="auto">{member.organisation}</td>
              <td>{t(`stakeholderGroups.${member.stakeholderGroup}`)}</td>
              <td dir="auto">{member.region}</td>
              <td>{member.timeZone}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <MembersCsvExport members={members} />
      <h3>{t('members.addTitle')}</h3>
      <AddMemberForm existingNames={names} onAdd={(input) => addMember(workspace, input)} />
      <h3>{t('memberImport.title')}</h3>
      <ImportMembersForm
        existing={members}
        onImport={(inputs) => {
          const now = new Date();
          // One transaction: peers see the whole list arrive, never half of it.
          workspace.ydoc.transact(() => inputs.forEach((input) => addMember(workspace, input, now)));
        }}
      />
    </section>
  );
}
