import type { Editor } from '@tiptap/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { DissentTarget } from '../../shared/dissent/dissent';
import type { DocumentMeta } from '../../shared/documents/document-meta';
import type { Member } from '../../shared/members/member';
import type { WorkspaceDoc } from '../../shared/workspace-doc/workspace-doc';
import { anchorFromSelection } from '../documents/selection-anchor';
import type { IntegritySnapshot, WorkspaceIntegrity } from '../integrity/workspace-integrity';
import { AddViewForm } from './AddViewForm';
import { EndorsementsSection } from './EndorsementsSection';
import { ExportButtons } from './ExportButtons';
import { useDocumentVoices } from './use-document-voices';
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
}) {
  const { workspaceId, workspace, meta, body, editor, members, me, integrity, snapshot } = props;
  const { t } = useTranslation();
  const voices = useDocumentVoices(workspace, meta.id, snapshot);
  const [target, setTarget] = useState<DissentTarget>();
  const [hint, setHint] = useState('');

  const onPassage = () => {
    const anchor = editor ? anchorFromSelection(editor) : undefined;
    if (!anchor) return setHint(t('dissent.selectPassageFirst'));
    setHint('');
    setTarget({ kind: 'passage', documentId: meta.id, anchor });
  };

  return (
    <div className="document-voices">
      {snapshot.flags.length > 0 ? (
        <p className="notice warning" role="alert">
          {t('integrity.restored', { count: snapshot.flags.length })}
        </p>
      ) : null}
      {snapshot.unverified.length > 0 ? (
        <p className="notice warning" role="note">
          {t('integrity.unverified', { count: snapshot.unverified.length })}
        </p>
      ) : null}
      <ExportButtons
        document={{ documentId: meta.id, title: meta.title, body, views: voices.views, endorsements: voices.endorsements, members, subjectTitles: voices.subjectTitles }}
      />
      {me && !target ? (
        <div className="item-actions">
          <button type="button" onClick={() => setTarget({ kind: 'document', documentId: meta.id })}>
            {t('dissent.addOnDocument')}
          </button>
          <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={onPassage}>
            {t('dissent.addOnPassage')}
          </button>
          <span role="status">{hint}</span>
        </div>
      ) : null}
      {target ? <AddViewForm workspaceId={workspaceId} workspace={workspace} me={me} integrity={integrity} target={target} onDone={() => setTarget(undefined)} /> : null}
      <ViewsAnnex workspaceId={workspaceId} workspace={workspace} views={voices.views} members={members} me={me} integrity={integrity} subjectTitles={voices.subjectTitles} />
      {meta.type === 'statement' ? (
        <EndorsementsSection workspaceId={workspaceId} documentId={meta.id} workspace={workspace} endorsements={voices.endorsements} members={members} me={me} integrity={integrity} />
      ) : null}
    </div>
  );
}
