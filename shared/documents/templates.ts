import type { Block } from './document-blocks';
import type { DocumentType } from './document-meta';

/**
 * Starting content per document type. It is document text, not interface text, so it is kept per
 * content language rather than in the UI catalogue; English is the only content language so far.
 */
type TemplateSet = Record<DocumentType, readonly Block[]>;

const h = (text: string, level: 1 | 2 | 3 = 2): Block => ({ kind: 'heading', level, text });
const p = (text: string): Block => ({ kind: 'paragraph', text });
const list = (...items: string[]): Block => ({ kind: 'bulletList', items });

const governanceSections: readonly Block[] = [
  h('Mission and goals'),
  p('What the coalition exists to achieve, and the issues it works on.'),
  h('Membership'),
  p('Who may join, and how. Membership is open to all stakeholder groups.'),
  list('Full members: take part in decisions and may hold office.', 'Observers: follow the work and speak, without taking part in decisions.'),
  h('Roles and responsibilities'),
  p('Coordinators, chair and vice-chair, steering committee, members: what each does.'),
  h('Decision-making'),
  p('Decisions are taken by consensus. The chair states the sense of the meeting; where there is no consensus, the matter is taken offline or deferred.'),
  p('Minority and dissenting views are recorded with every decision and carried in every output, not only the areas of agreement.'),
  h('Outputs and how they are developed'),
  p('How drafts are proposed, circulated for comment, revised and adopted.'),
  h('Governing bodies, elections and terms'),
  p('Who is elected, by whom, for how long, and how often terms may be renewed.'),
  h('Working modalities'),
  list('Mailing list', 'Meetings, rotating times across time zones', 'Working groups'),
  h('Amendments'),
  p('How this document is amended, and the notice members are given.'),
];

const english: TemplateSet = {
  charter: [h('Charter', 1), ...governanceSections],
  'terms-of-reference': [h('Terms of reference', 1), ...governanceSections],
  'output-report': [
    h('Output report', 1),
    h('Summary'),
    p(''),
    h('Findings'),
    p(''),
    h('Recommendations'),
    p(''),
    h('Minority and dissenting views'),
    p('Views that differ from the areas of agreement, as their authors wrote them.'),
  ],
  statement: [h('Joint statement', 1), p(''), h('Signatories'), p('')],
  'annual-report': [
    h('Annual report', 1),
    h('Activities this year'),
    p(''),
    h('Outputs'),
    p(''),
    h('Membership and participation'),
    p(''),
    h('Plans for next year'),
    p(''),
  ],
  blank: [{ kind: 'paragraph', text: '' }],
};

const templates: Record<string, TemplateSet> = { en: english };

export function templateBlocks(type: DocumentType, language = 'en'): readonly Block[] {
  return (templates[language] ?? english)[type];
}
