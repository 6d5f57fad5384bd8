import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentMeta } from '../../shared/documents/document-meta';
import { isLocked } from '../../shared/documents/lifecycle-stage';
import { mayMoveDocuments, type TransitionRequest } from '../../shared/documents/lifecycle-transition';
import { requiredName } from '../../shared/validation';
import type { WorkspaceDoc } from '../../shared/workspace-doc/workspace-doc';
import type { Editor } from '@tiptap/react';
import type { Awareness } from 'y-protocols/awareness';
import type { Member } from '../../shared/members/member';
import { DocumentVoicesPanel } from '../dissent/DocumentVoicesPanel';
import { useDocumentVoices, type DocumentVoices } from '../dissent/use-document-voices';
import type { PassageMark } from './passage-marks';
import type { TFunction } from 'i18next';
import type { IntegritySnapshot, WorkspaceIntegrity } from '../integrity/workspace-integrity';
import { routeHref } from '../app/router';
import { useRevealPassage } from '../search/use-reveal';
import type { PresentPeer } from '../sync/use-sync-status';
import { DocumentEditor } from './DocumentEditor';
import { useKeptRendering } from './use-kept-rendering';
import { LastEdited } from './LastEdited';
import { ContentLanguageBar } from '../translations/ContentLanguageBar';
import { TranslationsPanel } from '../translations/TranslationsPanel';
import { DecisionChanges } from '../proposals/DecisionChanges';
import { LifecyclePanel } from './LifecyclePanel';
import { LockedNote } from './LockedNote';
import { moveDocument } from './lifecycle-actions';
import { useLifecycle, useLifecycleContext } from './use-lifecycle';

const TOUCH_INTERVAL_MS = 2000;

export function DocumentScreen({
  workspaceId,
  workspace,
  meta,
  author,
  awareness,
  peersHere,
  members,
  me,
  integrity,
  snapshot,
}: {
  workspaceId: string;
  workspace: WorkspaceDoc;
  meta: DocumentMeta;
  author: DocumentMeta['updatedBy'];
  awareness: Awareness | undefined;
  peersHere: PresentPeer[];
  members: Member[];
  me: Member | undefined;
  integrity: WorkspaceIntegrity;
  snapshot: IntegritySnapshot;
}) {
  const { t } = useTranslation();
  const body = useMemo(() => workspace.body(meta.id), [workspace, meta.id]);
  // A title being typed; null shows the shared title, which a co-author may change meanwhile.
  const [draftTitle, setDraftTitle] = useState<string | null>(null);
  const title = draftTitle ?? meta.title;
  const [titleError, setTitleError] = useState<string>();
  const lastTouch = useRef(0);
  const [editor, setEditor] = useState<Editor | null>(null);
  useRevealPassage(editor, workspaceId, meta.id);
  const voices = useDocumentVoices(workspace, meta.id, snapshot);
  const passageMarks = useMemo(() => marksOf(voices, members, t), [voices, members, t]);
  useKeptRendering(workspaceId, meta.id, meta.title, body, meta.language);
  const lifecycleContext = useLifecycleContext(workspace, snapshot, members, integrity);
  const lifecycle = useLifecycle(meta, lifecycleContext);
  const locked = isLocked(lifecycle.stage);
  const move = useCallback(
    (request: Omit<TransitionRequest, 'adoptedTextDigest'>) =>
      moveDocument({ request, lifecycle, me, adoptingDecisions: lifecycleContext.adoptingDecisions, workspaceId, documentId: meta.id, ydoc: workspace.ydoc, body, integrity }),
    [lifecycle, me, lifecycleContext, workspaceId, meta.id, workspace, body, integrity],
  );

  // Last-edited is metadata for the list; writing it on every keystroke would double the log.
  const touch = useCallback(() => {
    const now = Date.now();
    if (now - lastTouch.current < TOUCH_INTERVAL_MS) return;
    // The record can be missing for a moment during a merge (workspaces/use-kept-through-merge-gap.ts):
    // the next keystroke's touch will do.
    if (!workspace.document(meta.id)) return;
    lastTouch.current = now;
    workspace.updateDocument(meta.id, {}, author, new Date(now));
  }, [workspace, meta.id, author]);

  const saveTitle = () => {
    const parsed = requiredName.safeParse(title);
    if (!parsed.success) return setTitleError(parsed.error.issues[0]?.message ?? 'errors.invalid');
    setTitleError(undefined);
    setDraftTitle(null);
    if (parsed.data !== meta.title) workspace.updateDocument(meta.id, { title: parsed.data }, author, new Date());
  };

  return (
    <main id="main" tabIndex={-1} className="document-screen">
      <nav aria-label={t('nav.breadcrumb')}>
        <a href={routeHref({ name: 'workspace', workspaceId, tab: 'documents' })}>{t('nav.backToDocuments')}</a>
      </nav>
      <h1 className="visually-hidden" dir="auto">
        {meta.title}
      </h1>
      <div className="document-header">
        <div className="field">
          <label htmlFor="document-title">{t('documents.titleLabel')}</label>
          <input
            id="document-title"
            className="document-title"
            dir="auto"
            value={title}
            aria-invalid={titleError ? true : undefined}
            aria-describedby={titleError ? 'document-title-error' : undefined}
            onChange={(event) => setDraftTitle(event.target.value)}
            onBlur={saveTitle}
            onKeyDown={(event) => event.key === 'Enter' && saveTitle()}
          />
          {titleError ? (
            <p className="field-error" id="document-title-error">
              {t(titleError)}
            </p>
          ) : null}
        </div>
        <p className="document-facts">
          {t(`documentTypes.${meta.type}`)} · {t(`lifecycle.stages.${lifecycle.stage}`)} · <LastEdited meta={meta} />
        </p>
      </div>
      <ContentLanguageBar workspaceId={workspaceId} workspace={workspace} meta={meta} author={author} />
      <p className="document-facts" role="status">
        {peersHere.length > 0 ? t('sync.alsoHere', { names: peersHere.map((peer) => peer.name).join(', ') }) : ''}
      </p>
      {locked ? <LockedNote stage={lifecycle.stage} mayMove={mayMoveDocuments(me?.role)} onNewDraft={() => move({ to: 'draft' })} /> : null}
      <DocumentEditor
        body={body}
        awareness={awareness}
        label={t('editor.bodyLabel', { title: meta.title })}
        onLocalEdit={touch}
        onReady={setEditor}
        marks={passageMarks}
        language={meta.language}
        editable={!locked}
      />
      <LifecyclePanel workspaceId={workspaceId} workspace={workspace} meta={meta} lifecycle={lifecycle} context={lifecycleContext} members={members} me={me} onMove={move} />
      <DecisionChanges workspaceId={workspaceId} workspace={workspace} documentId={meta.id} snapshot={snapshot} members={members} me={me} />
      <TranslationsPanel workspaceId={workspaceId} workspace={workspace} meta={meta} author={author} editor={editor} />
      <DocumentVoicesPanel
        workspaceId={workspaceId}
        workspace={workspace}
        meta={meta}
        body={body}
        editor={editor}
        members={members}
        me={me}
        integrity={integrity}
        snapshot={snapshot}
        voices={voices}
      />
    </main>
  );
}

/** What is attached to which passage, for the highlights in the text. */
function marksOf(voices: DocumentVoices, members: Member[], t: TFunction): PassageMark[] {
  const nameOf = (id: string) => members.find((member) => member.id === id)?.name ?? '';
  const proposals = voices.proposals.flatMap((proposal): PassageMark[] =>
    proposal.target.kind === 'passage' ? [{ anchor: proposal.target.anchor, kind: 'proposal', label: t('dissent.markProposal', { title: proposal.title }) }] : [],
  );
  const views = voices.views.flatMap((view): PassageMark[] =>
    view.target.kind === 'passage' && view.status === 'active'
      ? [{ anchor: view.target.anchor, kind: 'view', label: t('dissent.markView', { kind: t(`dissent.kinds.${view.viewKind}`), name: nameOf(view.authorId) }) }]
      : [],
  );
  return [...proposals, ...views];
}
