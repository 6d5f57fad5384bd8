import * as Y from 'yjs';
import { DocumentMetaSchema, type DocumentMeta, type DocumentStatus, type DocumentType } from '../documents/document-meta';
import { writeBlocks } from '../documents/document-blocks';
import { templateBlocks } from '../documents/templates';
import { MemberSchema, type Member } from '../members/member';
import { parseRecord, parseRecords, type Parsed } from './map-records';
import { WorkspaceProfileSchema, type WorkspaceProfile } from '../workspaces/workspace-profile';
import { writeImportedContent, type ImportedBlock } from '../import/imported-content';

/**
 * The shape of a workspace's Y.Doc. Everything members share lives here; every read is parsed,
 * because any peer may have written it.
 */
export const WORKSPACE_SCHEMA_VERSION = 1;

const PROFILE = 'profile';
const MEMBERS = 'members';
const DOCUMENTS = 'documents';
export const BODY_PREFIX = 'body:';
const bodyName = (documentId: string): string => `${BODY_PREFIX}${documentId}`;

export type { Parsed } from './map-records';

/** Optional fields left out rather than stored as undefined, so a record reads the same on every replica. */
function defined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

export class WorkspaceDoc {
  constructor(readonly ydoc: Y.Doc) {}

  private get profileMap(): Y.Map<unknown> {
    return this.ydoc.getMap(PROFILE);
  }
  private get memberMap(): Y.Map<unknown> {
    return this.ydoc.getMap(MEMBERS);
  }
  private get documentMap(): Y.Map<unknown> {
    return this.ydoc.getMap(DOCUMENTS);
  }

  profile(): WorkspaceProfile | undefined {
    const result = WorkspaceProfileSchema.safeParse(this.profileMap.toJSON());
    return result.success ? result.data : undefined;
  }

  setProfile(profile: WorkspaceProfile): void {
    this.ydoc.transact(() => {
      for (const [key, value] of Object.entries(WorkspaceProfileSchema.parse(profile))) this.profileMap.set(key, value);
      this.profileMap.set('schemaVersion', WORKSPACE_SCHEMA_VERSION);
    });
  }

  members(): Parsed<Member> {
    return parseRecords(this.memberMap, MemberSchema);
  }

  putMember(member: Member): void {
    this.memberMap.set(member.id, MemberSchema.parse(member));
  }

  documents(): Parsed<DocumentMeta> {
    return parseRecords(this.documentMap, DocumentMetaSchema);
  }

  document(id: string): DocumentMeta | undefined {
    return parseRecord(this.documentMap, DocumentMetaSchema, id);
  }

  /** Creates the metadata and the templated body in one transaction, so peers never see one without the other. */
  createDocument(options: {
    id: string;
    title: string;
    type: DocumentType;
    author: DocumentMeta['updatedBy'];
    now: Date;
    language?: string;
    /** A translation starts with an empty body: its clauses are written one by one (shared/translations/). */
    translationOf?: string;
    /** An imported file's content, written instead of the template (shared/import/). */
    content?: readonly ImportedBlock[];
  }): DocumentMeta {
    const at = options.now.toISOString();
    const meta = DocumentMetaSchema.parse({
      id: options.id,
      title: options.title,
      type: options.type,
      status: 'draft',
      createdAt: at,
      updatedAt: at,
      updatedBy: options.author,
      language: options.language,
      translationOf: options.translationOf,
    });
    this.ydoc.transact(() => {
      this.documentMap.set(meta.id, defined(meta));
      if (options.content !== undefined) writeImportedContent(this.body(meta.id), options.content);
      else if (options.translationOf === undefined) writeBlocks(this.body(meta.id), templateBlocks(options.type, meta.language));
    });
    return meta;
  }

  updateDocument(id: string, patch: { title?: string; status?: DocumentStatus; language?: string | undefined }, author: DocumentMeta['updatedBy'], now: Date): DocumentMeta {
    const current = this.document(id);
    if (!current) throw new Error(`No document ${id}`);
    const next = DocumentMetaSchema.parse({ ...current, ...patch, updatedAt: now.toISOString(), updatedBy: author });
    this.documentMap.set(id, defined(next));
    return next;
  }

  body(documentId: string): Y.XmlFragment {
    return this.ydoc.getXmlFragment(bodyName(documentId));
  }

  /** Calls back after any change to the shared state; returns the unsubscribe. */
  observe(callback: () => void): () => void {
    const maps = [this.profileMap, this.memberMap, this.documentMap];
    maps.forEach((map) => map.observe(callback));
    return () => maps.forEach((map) => map.unobserve(callback));
  }
}
