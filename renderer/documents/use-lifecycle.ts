import { useMemo } from 'react';
import type { DocumentMeta } from '../../shared/documents/document-meta';
import { LifecycleDoc } from '../../shared/documents/lifecycle-doc';
import { deriveLifecycle, type Lifecycle, type LifecycleOptions } from '../../shared/documents/lifecycle-log';
import { roleAtTime, roleHistory } from '../../shared/integrity/role-history';
import type { UnverifiedEntry } from '../../shared/integrity/verify-entry';
import type { Member } from '../../shared/members/member';
import { isAdopting } from '../../shared/proposals/decision';
import type { WorkspaceDoc } from '../../shared/workspace-doc/workspace-doc';
import type { IntegritySnapshot, WorkspaceIntegrity } from '../integrity/workspace-integrity';
import { workspaceDecisions } from '../proposals/proposal-records';

export type LifecycleContext = Omit<LifecycleOptions, 'documentId' | 'storedStatus'> & { snapshot: IntegritySnapshot; workspace: WorkspaceDoc };

export interface DocumentLifecycle extends Lifecycle {
  /** Transitions about this document that failed verification: never applied, always shown. */
  unverified: UnverifiedEntry[];
}

/**
 * What the lifecycle of every document is judged by: the roles the membership log gave at each
 * instant (the plain records only in a workspace older than the log), and the adopting decisions.
 */
export function useLifecycleContext(workspace: WorkspaceDoc, snapshot: IntegritySnapshot, members: readonly Member[], integrity: WorkspaceIntegrity): LifecycleContext {
  return useMemo(() => {
    const view = snapshot.membership;
    let roleOf: LifecycleOptions['roleOf'] = () => undefined;
    if (view && view.root === null) roleOf = (id) => members.find((member) => member.id === id)?.role;
    else if (view) {
      const history = roleHistory(view, integrity.membershipLog.raw());
      roleOf = (id, at) => roleAtTime(history, id, at);
    }
    const records = workspaceDecisions(snapshot, members, new Date()).records;
    // A superseded adopting decision still adopted the text at the time: the history must not rewrite itself.
    const adoptingDecisions = new Map(records.filter((record) => isAdopting(record.outcome)).map((record) => [record.id, record.proposalId]));
    return { roleOf, adoptingDecisions, snapshot, workspace };
  }, [workspace, snapshot, members, integrity]);
}

function subjectOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const subject = (value as { subjectId?: unknown }).subjectId;
  return typeof subject === 'string' ? subject : undefined;
}

export function lifecycleOf(meta: Pick<DocumentMeta, 'id' | 'status'>, context: LifecycleContext): DocumentLifecycle {
  const lifecycle = deriveLifecycle(context.snapshot.verified, { ...context, documentId: meta.id, storedStatus: meta.status });
  // An unverified entry cannot be trusted, but its claimed subject still says where to warn.
  const raw = new LifecycleDoc(context.workspace.ydoc).log().raw();
  const about = new Set(raw.filter((entry) => subjectOf(entry.value) === meta.id).map((entry) => entry.key));
  return { ...lifecycle, unverified: [...context.snapshot.unverified.filter((entry) => about.has(entry.key)), ...lifecycle.malformed] };
}

export function useLifecycle(meta: Pick<DocumentMeta, 'id' | 'status'>, context: LifecycleContext): DocumentLifecycle {
  return useMemo(() => lifecycleOf(meta, context), [meta, context]);
}
