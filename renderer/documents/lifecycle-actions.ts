import type * as Y from 'yjs';
import { adoptedTextDigest, encodeAdoptedText } from '../../shared/documents/adopted-text';
import { LifecycleDoc } from '../../shared/documents/lifecycle-doc';
import type { Lifecycle } from '../../shared/documents/lifecycle-log';
import { prepareTransition, type TransitionRequest } from '../../shared/documents/lifecycle-transition';
import type { Member } from '../../shared/members/member';
import type { FieldErrors } from '../../shared/validation';
import type { WorkspaceIntegrity } from '../integrity/workspace-integrity';

/**
 * Signs one step and writes it (with the adopted text, on adoption) into the shared doc. The stage
 * shown changes only once the integrity check has verified the entry like any peer's.
 */
export async function moveDocument(options: {
  request: Omit<TransitionRequest, 'adoptedTextDigest'>;
  lifecycle: Lifecycle;
  me: Member | undefined;
  adoptingDecisions: ReadonlyMap<string, string>;
  workspaceId: string;
  documentId: string;
  ydoc: Y.Doc;
  body: Y.XmlFragment;
  integrity: WorkspaceIntegrity;
}): Promise<FieldErrors | undefined> {
  const { request, lifecycle, me } = options;
  const adoptedText = request.to === 'adopted' ? encodeAdoptedText(options.body) : undefined;
  const prepared = prepareTransition(
    { ...request, adoptedTextDigest: adoptedText === undefined ? undefined : await adoptedTextDigest(adoptedText) },
    {
      lifecycle,
      actorId: me?.id,
      actorRole: me?.role,
      adoptingDecisions: options.adoptingDecisions,
      workspaceId: options.workspaceId,
      documentId: options.documentId,
      now: new Date(),
    },
  );
  if (!prepared.ok) return prepared.errors;
  const signed = await options.integrity.sign(prepared.value);
  new LifecycleDoc(options.ydoc).record(signed, adoptedText);
  return undefined;
}
