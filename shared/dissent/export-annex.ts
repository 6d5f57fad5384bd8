import type * as Y from 'yjs';
import type { Member } from '../members/member';
import { resolveAnchor } from '../proposals/passage-anchor';
import type { DissentView } from './dissent-view';
import type { EndorsementView } from './endorsement';

/** English defaults; the renderer passes translated labels. */
export const DEFAULT_EXPORT_LABELS = {
  annexHeading: 'Minority and dissenting views',
  noViews: 'No minority or dissenting views were recorded.',
  minorityView: 'Minority view',
  dissentingView: 'Dissenting view',
  author: 'Author',
  coSignedBy: 'Co-signed by',
  noCoSigners: 'No co-signers',
  onDocument: 'On the document as a whole',
  onPassage: 'On the passage',
  onProposal: 'On the proposal',
  onDecision: 'On the decision',
  recordedOn: 'Recorded on',
  endorsementsHeading: 'Endorsements',
  noEndorsements: 'No endorsements were recorded.',
  representedBy: 'represented by',
  unknownMember: 'Unknown member',
  recordHeading: 'Record of this document',
  status: 'Status',
  lastUpdated: 'Last updated',
  decisionsHeading: 'Decisions on this document',
  noDecisions: 'No decisions were recorded on this document.',
  decidedOn: 'Decided on',
};
export type ExportLabels = typeof DEFAULT_EXPORT_LABELS;

/** The lifecycle lines an export prints, already in the reader's words. */
export interface ExportRecord {
  status: string;
  updatedOn: string;
  updatedBy: string;
  decisions: {
    proposalTitle: string;
    outcome: string;
    status: string;
    decidedOn: string;
    summary: string;
    /** How the decision changed the text ("“every month” became “every quarter”"), in the reader's words. */
    textChange?: string;
  }[];
}

/** Everything an export needs. Views and endorsements are required, so no caller can leave the annex out by omission. */
export interface DocumentExport {
  documentId: string;
  title: string;
  body: Y.XmlFragment;
  /** The text's language (BCP 47), when the document declares one. */
  language?: string;
  views: readonly DissentView[];
  endorsements: readonly EndorsementView[];
  members: readonly Pick<Member, 'id' | 'name'>[];
  /** Titles to name proposals and decisions that views refer to. */
  subjectTitles?: Readonly<Record<string, string>>;
  /** The document's status and the decisions on it, in the reader's words; exports print it after the annex. */
  record?: ExportRecord;
}

export interface AnnexItem {
  kindLabel: string;
  title: string;
  text: string;
  authorName: string;
  coSignerNames: string[];
  contextLabel: string;
  /** The passage's current text (or its quote when deleted), or a proposal/decision title. */
  contextDetail: string;
  recordedOn: string;
}

export interface AnnexEndorsement {
  name: string;
  representative: string | null;
  endorsedOn: string;
  note: string;
}

export interface Annex {
  items: AnnexItem[];
  endorsements: AnnexEndorsement[];
}

/** The annex content, in order of recording. Withdrawn views and endorsements are not published but stay in the app's history. */
export function buildAnnex(input: DocumentExport, labels: ExportLabels): Annex {
  const names = new Map(input.members.map((member) => [member.id, member.name]));
  const nameOf = (id: string): string => names.get(id) ?? `${labels.unknownMember} (${id})`;
  const items = input.views
    .filter((view) => view.status === 'active')
    .slice()
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt))
    .map((view): AnnexItem => {
      const { target } = view;
      let contextLabel = labels.onDocument;
      let contextDetail = '';
      if (target.kind === 'passage') {
        contextLabel = labels.onPassage;
        const doc = input.body.doc;
        contextDetail = (doc && resolveAnchor(doc, target.anchor)?.text) ?? target.anchor.quote;
      } else if (target.kind === 'proposal') {
        contextLabel = labels.onProposal;
        contextDetail = input.subjectTitles?.[target.proposalId] ?? '';
      } else if (target.kind === 'decision') {
        contextLabel = labels.onDecision;
        contextDetail = input.subjectTitles?.[target.decisionId] ?? '';
      }
      return {
        kindLabel: view.viewKind === 'minority' ? labels.minorityView : labels.dissentingView,
        title: view.title,
        text: view.text,
        authorName: nameOf(view.authorId),
        coSignerNames: view.coSigners.map((signer) => nameOf(signer.memberId)),
        contextLabel,
        contextDetail,
        recordedOn: view.createdAt.slice(0, 10),
      };
    });
  const endorsements = input.endorsements
    .filter((endorsement) => endorsement.status === 'active' && endorsement.documentId === input.documentId)
    .map(
      (endorsement): AnnexEndorsement =>
        endorsement.endorser.kind === 'coalition'
          ? { name: endorsement.endorser.coalitionName, representative: endorsement.endorser.representativeName, endorsedOn: endorsement.endorsedOn, note: endorsement.note }
          : { name: nameOf(endorsement.recordedBy), representative: null, endorsedOn: endorsement.endorsedOn, note: endorsement.note },
    );
  return { items, endorsements };
}

export function withDefaults(labels: Partial<ExportLabels> | undefined): ExportLabels {
  return { ...DEFAULT_EXPORT_LABELS, ...labels };
}
