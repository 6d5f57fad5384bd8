import { z } from 'zod';

/** Every kind of signed entry, and the shared log (Y.Map name) it is appended to. */
export const ENTRY_LOGS = {
  position: 'positions',
  'objection-change': 'objectionChanges',
  decision: 'decisions',
  'decision-objection': 'decisions',
  dissent: 'dissents',
  'dissent-revision': 'dissents',
  'dissent-withdrawal': 'dissents',
  cosign: 'dissents',
  'cosign-withdrawal': 'dissents',
  'proposal-terms': 'proposalTerms',
  endorsement: 'endorsements',
  'endorsement-withdrawal': 'endorsements',
  // A document's move from one lifecycle stage to the next (shared/documents/lifecycle-log.ts).
  'document-transition': 'documentTransitions',
  // What a member's app says it noticed: a claim signed by that member, never a fact (tamper-report.ts).
  'tamper-report': 'tamperReports',
} as const;

export type EntryKind = keyof typeof ENTRY_LOGS;
export type EntryLogName = (typeof ENTRY_LOGS)[EntryKind];
export const ENTRY_KINDS = Object.keys(ENTRY_LOGS) as EntryKind[];
export const EntryKindSchema = z.enum(ENTRY_KINDS as [EntryKind, ...EntryKind[]], { message: 'errors.unknownEntryKind' });
export const ENTRY_LOG_NAMES: readonly EntryLogName[] = [...new Set(Object.values(ENTRY_LOGS))];
