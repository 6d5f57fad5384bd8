import { useTranslation } from 'react-i18next';
import type { Member } from '../../shared/members/member';
import { resolveAnchor } from '../../shared/proposals/passage-anchor';
import { passageAmendments } from '../../shared/proposals/passage-amendment';
import type { Proposal } from '../../shared/proposals/proposal';
import type { WorkspaceDoc } from '../../shared/workspace-doc/workspace-doc';
import { routeHref } from '../app/router';
import { ruleLabel } from './proposal-labels';
import { nameOf } from './proposal-records';
import { useFormats } from '../i18n/use-formats';

/** What members take a position on: the wording, what it changes, the rule and the window for positions. */
export function ProposalSummary({ workspaceId, workspace, proposal, members, zone }: { workspaceId: string; workspace: WorkspaceDoc; proposal: Proposal; members: readonly Member[]; zone: string }) {
  const { t } = useTranslation();
  const formats = useFormats(zone);
  const when = (iso: string) => <time dateTime={iso}>{formats.dateTime(iso, { withZone: true })}</time>;
  const { target } = proposal;
  const document = target.kind === 'standalone' ? undefined : workspace.document(target.documentId);
  return (
    <>
      <dl className="proposal-facts">
        <div>
          <dt>{t('proposals.page.proposer')}</dt>
          <dd>{nameOf(members, proposal.proposerId)}</dd>
        </div>
        <div>
          <dt>{t('proposals.page.rule')}</dt>
          <dd>{ruleLabel(t, proposal.rule)}</dd>
        </div>
        <div>
          <dt>{t('proposals.page.opens')}</dt>
          <dd>{when(proposal.opensAt)}</dd>
        </div>
        <div>
          <dt>{t('proposals.page.closes')}</dt>
          <dd>{when(proposal.closesAt)}</dd>
        </div>
        <div>
          <dt>{t('proposals.page.grace')}</dt>
          <dd>{t('proposals.page.graceHours', { count: proposal.arrivalGraceHours })}</dd>
        </div>
        {target.kind !== 'standalone' ? (
          <div>
            <dt>{t('proposals.page.document')}</dt>
            <dd>
              <a href={routeHref({ name: 'document', workspaceId, documentId: target.documentId })}>{document?.title ?? t('proposals.log.unknownDocument')}</a>
            </dd>
          </div>
        ) : null}
      </dl>
      {target.kind === 'passage' ? <PassageNow workspace={workspace} proposalId={proposal.id} anchor={target.anchor} /> : null}
      <h3>{t('proposals.page.textProposed')}</h3>
      <blockquote className="proposal-text" dir="auto">
        {proposal.text}
      </blockquote>
    </>
  );
}

/**
 * The passage as it reads now, not as it read when proposed: it follows concurrent edits. When it
 * was deleted the quote taken at the time is shown instead, and says so.
 */
function PassageNow({ workspace, proposalId, anchor }: { workspace: WorkspaceDoc; proposalId: string; anchor: Extract<Proposal['target'], { kind: 'passage' }>['anchor'] }) {
  const { t } = useTranslation();
  const resolved = resolveAnchor(workspace.ydoc, anchor);
  // Replaced by its own adopted wording: not a deletion to warn of (AmendmentNotice says what happened).
  const amended = passageAmendments(workspace.ydoc).valid.find((amendment) => amendment.proposalId === proposalId);
  if (!resolved && amended)
    return (
      <figure className="passage-quote">
        <figcaption>{t('proposals.page.passageAtTheTime')}</figcaption>
        <blockquote>{amended.replaced}</blockquote>
      </figure>
    );
  if (!resolved)
    return (
      <div className="notice warning">
        <p className="warning-text">{t('proposals.page.passageDeleted')}</p>
        <figure>
          <figcaption>{t('proposals.page.passageAtTheTime')}</figcaption>
          <blockquote>{anchor.quote}</blockquote>
        </figure>
      </div>
    );
  return (
    <figure className="passage-quote">
      {/* Across several paragraphs the current text cannot be cut out exactly; say so rather than pass the old quote off as current. */}
      <figcaption>{t(resolved.text === undefined ? 'proposals.page.passageSpans' : 'proposals.page.passageNow')}</figcaption>
      <blockquote>{resolved.text ?? anchor.quote}</blockquote>
    </figure>
  );
}
