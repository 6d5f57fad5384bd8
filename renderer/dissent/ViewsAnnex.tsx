import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { prepareCosign, prepareCosignWithdrawal, prepareWithdrawal } from '../../shared/dissent/dissent';
import { DissentDoc } from '../../shared/dissent/dissent-doc';
import type { DissentView } from '../../shared/dissent/dissent-view';
import type { Member } from '../../shared/members/member';
import { resolveAnchor } from '../../shared/proposals/passage-anchor';
import type { WorkspaceDoc } from '../../shared/workspace-doc/workspace-doc';
import type { WorkspaceIntegrity } from '../integrity/workspace-integrity';

/** The document's "Minority and dissenting views" annex, as members see it while drafting. */
export function ViewsAnnex({
  workspaceId,
  workspace,
  views,
  members,
  me,
  integrity,
  subjectTitles,
}: {
  workspaceId: string;
  workspace: WorkspaceDoc;
  views: DissentView[];
  members: Member[];
  me: Member | undefined;
  integrity: WorkspaceIntegrity;
  subjectTitles: Record<string, string>;
}) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState('');
  const nameOf = (id: string) => members.find((member) => member.id === id)?.name ?? t('dissent.unknownMember');

  const act = async (prepared: { ok: true; value: Parameters<WorkspaceIntegrity['sign']>[0] } | { ok: false; errors: Record<string, string | undefined> }) => {
    if (!prepared.ok) return setProblem(t(prepared.errors._form ?? 'errors.invalid'));
    setProblem('');
    new DissentDoc(workspace.ydoc).append(await integrity.sign(prepared.value));
  };
  const context = () => ({ workspaceId, member: me, now: new Date() });

  const contextOf = (view: DissentView): string => {
    switch (view.target.kind) {
      case 'document':
        return t('dissent.onDocument');
      case 'passage': {
        const passage = resolveAnchor(workspace.ydoc, view.target.anchor);
        return t('dissent.onPassage', { text: passage?.text ?? view.target.anchor.quote });
      }
      case 'proposal':
        return t('dissent.onProposal', { title: subjectTitles[view.target.proposalId] ?? '' });
      case 'decision':
        return t('dissent.onDecision');
    }
  };

  return (
    <section aria-labelledby="views-heading" className="views-annex">
      <h2 id="views-heading">{t('dissent.annexTitle')}</h2>
      <p role="status">{problem}</p>
      {views.length === 0 ? <p>{t('dissent.none')}</p> : null}
      <ul className="views">
        {views.map((view) => {
          const mine = me?.id === view.authorId;
          const cosigned = me ? view.coSignerIds.includes(me.id) : false;
          return (
            <li key={view.id} className={view.status === 'withdrawn' ? 'view withdrawn' : 'view'}>
              <h3>
                {t(`dissent.kinds.${view.viewKind}`)}
                {view.title ? `: ${view.title}` : ''}
              </h3>
              <p className="view-context">{contextOf(view)}</p>
              <p className="view-text">{view.text}</p>
              <p className="view-author">{t('dissent.byAuthor', { name: nameOf(view.authorId) })}</p>
              <p className="view-cosigners">
                {view.coSigners.length > 0 ? t('dissent.coSignedBy', { names: view.coSigners.map((cosigner) => nameOf(cosigner.memberId)).join(', ') }) : t('dissent.noCoSigners')}
              </p>
              {view.status === 'withdrawn' ? (
                <p>{t('dissent.withdrawnOn', { date: view.withdrawal?.at.slice(0, 10) ?? '' })}</p>
              ) : (
                <div className="item-actions">
                  {me && !mine && !cosigned ? (
                    <button type="button" onClick={() => void act(prepareCosign(view, context()))}>
                      {t('dissent.cosign', { name: nameOf(view.authorId) })}
                    </button>
                  ) : null}
                  {cosigned ? (
                    <button type="button" onClick={() => void act(prepareCosignWithdrawal(view, context()))}>
                      {t('dissent.removeCosign')}
                    </button>
                  ) : null}
                  {mine ? (
                    <button type="button" onClick={() => void act(prepareWithdrawal({ reason: '' }, view, context()))}>
                      {t('dissent.withdraw')}
                    </button>
                  ) : null}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
