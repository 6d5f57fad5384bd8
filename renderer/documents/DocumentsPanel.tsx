import { useTranslation } from 'react-i18next';
import type { DocumentMeta } from '../../shared/documents/document-meta';
import type { LifecycleStage } from '../../shared/documents/lifecycle-stage';
import type { WorkspaceDoc } from '../../shared/workspace-doc/workspace-doc';
import { navigate, routeHref } from '../app/router';
import { LastEdited } from './LastEdited';
import { NewDocumentForm } from './NewDocumentForm';
import { ImportDocumentForm } from '../import/ImportDocumentForm';
import { defaultContentLanguage } from '../translations/default-content-language';

export function DocumentsPanel({
  workspaceId,
  workspace,
  documents,
  author,
  stageOf,
}: {
  workspaceId: string;
  workspace: WorkspaceDoc;
  documents: DocumentMeta[];
  author: DocumentMeta['updatedBy'];
  /** The stage the signed transitions establish (documents/use-lifecycle.ts), never the plain record. */
  stageOf: (meta: DocumentMeta) => LifecycleStage;
}) {
  const { t, i18n } = useTranslation();
  const sorted = [...documents].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return (
    <section aria-labelledby="documents-heading">
      <h2 id="documents-heading">{t('documents.title')}</h2>
      {sorted.length === 0 ? <p>{t('documents.none')}</p> : null}
      <ul className="document-list">
        {sorted.map((meta) => (
          <li key={meta.id}>
            <a dir="auto" href={routeHref({ name: 'document', workspaceId, documentId: meta.id })}>
              {meta.title}
            </a>
            <span className="document-facts">
              {t(`documentTypes.${meta.type}`)} · {t(`lifecycle.stages.${stageOf(meta)}`)} · <LastEdited meta={meta} />
            </span>
          </li>
        ))}
      </ul>
      <h3>{t('documents.newTitle')}</h3>
      <NewDocumentForm
        onCreate={(title, type, language) => {
          const meta = workspace.createDocument({ id: crypto.randomUUID(), title, type, author, now: new Date(), language });
          navigate({ name: 'document', workspaceId, documentId: meta.id });
        }}
      />
      <h3>{t('import.documentTitle')}</h3>
      <ImportDocumentForm
        onCreate={(title, type, imported) => {
          const meta = workspace.createDocument({ id: crypto.randomUUID(), title, type, author, now: new Date(), language: defaultContentLanguage(i18n.language), content: imported.blocks });
          navigate({ name: 'document', workspaceId, documentId: meta.id });
        }}
      />
    </section>
  );
}
