import type { Editor } from '@tiptap/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { DissentTarget } from '../../shared/dissent/dissent';
import type { DocumentMeta } from '../../shared/documents/document-meta';
import type { Member } from '../../shared/members/member';
import type { ProposalTarget } from '../../shared/proposals/proposal';
import { NewProposalForm } from '../proposals/NewProposalForm';
import { workspaceDecisions } from '../proposals/proposal-records';
import type { WorkspaceDoc } from '../../shared/workspace-doc/workspace-doc';
import { anchorFromSelection } from '../documents/selection-anchor';
import type { IntegritySnapshot, WorkspaceIntegrity } from '../integrity/workspace-integrity';
import { EvidenceNotices } from '../integrity/EvidenceNotices';
import { AddViewForm } from './AddViewForm';
import { EndorsementsSection } from './EndorsementsSection';
import { documentRecord } from './document-record';
import { ExportButtons } from './ExportButtons';
import type { DocumentVoices } from './use-document-voices';
import { ViewsAnnex } from './ViewsAnnex';

/** Everything under a document's text that carries other voices: views, endorsements, and exports that include them. */
export function DocumentVoicesPanel(props: {
  workspaceId: string;
  workspace: WorkspaceDoc;
  meta: DocumentMeta;
  body: Y.XmlFragment;
  editor: Editor | null;
  members: Member[];
  me: Member | undefined;
  integrity: WorkspaceIntegrity;
  snapshot: IntegritySnapshot;
  voices: DocumentVoices;
}) {
  const { workspaceId, workspace, meta, body, editor, members, me, integrity, snapshot, voices } = props;
  const { t } = useTranslation();
  const [target, setTarget] = useState<DissentTarget>();
  const [proposalTarget, setProposalTarget] = useState<ProposalTarget>();
  const [hint, setHint] = useState('');
  // The decisions log changes with signed entries, not with typing.
  const decisions = useMemo(() => workspaceDecisions(snapshot, members, new Date()).records, [snapshot, members]);

  const selectedPassage = () => {
    const anchor = editor ? anchorFromSelection(editor) : undefined;
    setHint(anchor ? '' : t('dissent.selectPassageFirst'));
    return anchor;
  };
  const onPassage = () => {
    const anchor = selectedPassage();
    if (anchor) setTarget({ kind: 'passage', documentId: meta.id, anchor });
  };
  const onPropose = () => {
    const anchor = selectedPassage();
    if (anchor) setProposalTarget({ kind: 'passage', documentId: meta.id, anchor });
  };

  return (
    <div className="document-voices">
      <EvidenceNotices flags={snapshot.flags} reports={snapshot.reports} members={members} />
      {snapshot.unverified.length > 0 ? (
        <p className="notice warning" role="note">
          {t('integrity.unverified', { count: snapshot.unverified.length })}
        </p>
      ) : null}
      <ExportButtons
        document={{
          documentId: meta.id,
          title: meta.title,
          body,
          language: meta.language,
          views: voices.views,
          endorsements: voices.endorsements,
          members,
          subjectTitles: voices.subjectTitles,
          record: documentRecord(meta, voices.proposals, decisions, t, workspace.ydoc),
        }}
      />
      {me && !target && !proposalTarget ? (
        <div className="item-actions">
          <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={onPropose}>
            {t('dissent.proposeOnPassage')}
          </button>
          <button type="button" onClick={() => setTarget({ kind: 'document', documentId: meta.id })}>
            {t('dissent.addOnDocument')}
          </button>
          <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={onPassage}>
            {t('dissent.addOnPassage')}
          </button>
          <span role="status">{hint}</span>
        </div>
      ) : null}
      {proposalTarget ? (
        <section aria-labelledby="passage-proposal-heading">
          <h2 id="passage-proposal-heading">{t('dissent.proposeTitle')}</h2>
          <blockquote className="passage-quote">{proposalTarget.kind === 'passage' ? proposalTarget.anchor.quote : ''}</blockquote>
          <NewProposalForm workspaceId={workspaceId} workspace={workspace} members={members} me={me} integrity={integrity} target={proposalTarget} />
          <button type="button" onClick={() => setProposalTarget(undefined)}>
            {t('actions.cancel')}
          </button>
        </section>
      ) : null}
      {target ? <AddViewForm workspaceId={workspaceId} workspace={workspace} me={me} integrity={integrity} target={target} onDone={() => setTarget(undefined)} /> : null}
      <ViewsAnnex workspaceId={workspaceId} workspace={workspace} views={voices.views} members={members} me={me} integrity={integrity} subjectTitles={voices.subjectTitles} />
      {meta.type === 'statement' ? (
        <EndorsementsSection workspaceId={workspaceId} documentId={meta.id} workspace={workspace} endorsements={voices.endorsements} members={members} me={me} integrity={integrity} />
      ) : null}
    </div>
  );
}
