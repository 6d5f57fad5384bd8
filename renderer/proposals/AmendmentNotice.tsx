import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../shared/members/member';
import type { DecisionRecord } from '../../shared/proposals/decision-log';
import { isOfficer } from '../../shared/proposals/decision-rule';
import { amendmentStatus, type ApplyRefusal } from '../../shared/proposals/passage-amendment';
import type { Proposal } from '../../shared/proposals/proposal';
import type { WorkspaceDoc } from '../../shared/workspace-doc/workspace-doc';
import { useFormats } from '../i18n/use-formats';
import { writeAdoptedWording, type StageOf } from './adopted-amendments';

const REFUSALS = {
  'not-ready': 'proposals.amendment.refused.notReady',
  'already-applied': 'proposals.amendment.refused.alreadyApplied',
  locked: 'proposals.amendment.refused.locked',
  'passage-removed': 'proposals.amendment.refused.passageRemoved',
  'passage-spans': 'proposals.amendment.refused.passageSpans',
} as const satisfies Record<ApplyRefusal, string>;

/**
 * What a passage proposal did to its document: nothing until a final adopting decision, then the
 * wording written over the passage. Any officer may write it when the deciding officer's app has not.
 */
export function AmendmentNotice({ workspace, proposal, records, me, stageOf, zone }: { workspace: WorkspaceDoc; proposal: Proposal; records: readonly DecisionRecord[]; me: Member | undefined; stageOf: StageOf; zone: string }) {
  const { t } = useTranslation();
  const formats = useFormats(zone);
  const [refusal, setRefusal] = useState<ApplyRefusal>();
  if (proposal.target.kind !== 'passage') return null;
  const status = amendmentStatus(workspace.ydoc, proposal, records);
  const when = (iso: string) => formats.dateTime(iso, { withZone: true });
  const write = () => {
    const result = writeAdoptedWording(workspace, proposal, records, stageOf);
    setRefusal(result.ok ? undefined : result.reason);
  };

  let message: string;
  switch (status.kind) {
    case 'undecided':
      message = t('proposals.amendment.undecided');
      break;
    case 'not-adopted':
      message = t('proposals.amendment.notAdopted');
      break;
    case 'contested':
      message = t('proposals.amendment.contested');
      break;
    case 'awaiting-confirmation':
      message = t('proposals.amendment.awaiting', { date: when(status.decision.finalAt) });
      break;
    case 'ready':
      message = t('proposals.amendment.ready');
      break;
    case 'applied':
      message = t('proposals.amendment.applied', { replaced: status.amendment.replaced, date: when(status.amendment.appliedAt) });
      break;
  }
  return (
    <section aria-labelledby="proposal-amendment-heading" className="proposal-amendment">
      <h3 id="proposal-amendment-heading">{t('proposals.amendment.heading')}</h3>
      <p role="status">{message}</p>
      {status.kind === 'ready' && me && isOfficer(me) ? (
        <button type="button" onClick={write}>
          {t('proposals.amendment.apply')}
        </button>
      ) : null}
      {refusal ? (
        <p role="alert" className="field-error">
          {t(REFUSALS[refusal])}
        </p>
      ) : null}
    </section>
  );
}
