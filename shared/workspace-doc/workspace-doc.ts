import * as Y from 'yjs';
import { DocumentMetaSchema, type DocumentMeta, type DocumentStatus, type DocumentType } from '../documents/document-meta';
import { writeBlocks } from '../documents/document-blocks';
import { templateBlocks } from '../documents/templates';
import { MemberSchema, type Member } from '../members/member';
import { WorkspaceProfileSchema, type WorkspaceProfile } from '../workspaces/workspace-profile';

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

export interface Parsed<T> {
  valid: T[];
  /** Keys of entries that failed validation: shown as damaged, never used. */
  invalid: string[];
}

function parseEntries<T>(map: Y.Map<unknown>, parse: (value: unknown) => T | undefined): Parsed<T> {
  const valid: T[] = [];
  const invalid: string[] = [];
  map.forEach((value, key) => {
    const parsed = parse(value);
    if (parsed === undefined) invalid.push(key);
    else valid.push(parsed);
  });
  return { valid, invalid };
}

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
    return parseEntries(this.memberMap, (value) => {
      const result = MemberSchema.safeParse(value);
      return result.success ? result.data : undefined;
    });
  }

  putMember(member: Member): void {
    this.memberMap.set(member.id, MemberSchema.parse(member));
  }

  documents(): Parsed<DocumentMeta> {
    return parseEntries(this.documentMap, (value) => {
      const result = DocumentMetaSchema.safeParse(value);
      return result.success ? result.data : undefined;
    });
  }

  document(id: string): DocumentMeta | undefined {
    const result = DocumentMetaSchema.safeParse(this.documentMap.get(id));
    return result.success ? result.data : undefined;
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
      if (options.translationOf === undefined) writeBlocks(this.body(meta.id), templateBlocks(options.type, meta.language));
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
