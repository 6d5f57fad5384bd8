import { useTranslation } from 'react-i18next';
import type { Member } from '../../shared/members/member';
import { MIN_STAKEHOLDER_GROUPS, stakeholderCoverage } from '../../shared/members/stakeholder-group';

export function StakeholderCoverageNotice({ members }: { members: Member[] }) {
  const { t } = useTranslation();
  const coverage = stakeholderCoverage(members);
  const groups = coverage.represented.map((group) => t(`stakeholderGroups.${group}`)).join(', ');
  return (
    <div className={coverage.meetsMinimum ? 'notice' : 'notice warning'} role={coverage.meetsMinimum ? undefined : 'note'}>
      <p>
        {t('members.coverage', { count: coverage.represented.length })}
        {groups ? `: ${groups}` : ''}
      </p>
      {coverage.meetsMinimum ? null : <p className="warning-text">{t('members.coverageWarning', { minimum: MIN_STAKEHOLDER_GROUPS })}</p>}
    </div>
  );
}
