import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { bodyText } from '../../../shared/documents/document-blocks';
import { DOCUMENT_TYPES } from '../../../shared/documents/document-meta';
import { templateBlocks } from '../../../shared/documents/templates';
import { initialiseWorkspace } from '../../../shared/workspaces/create-workspace';
import { WorkspaceDoc } from '../../../shared/workspace-doc/workspace-doc';

const creator = {
  id: 'identity-1',
  name: 'Tomas Oyelaran',
  email: '',
  organisation: 'Harbour Institute',
  stakeholderGroup: 'academia' as const,
  region: 'West Africa',
  timeZone: 'Africa/Lagos',
};
const now = new Date('2026-11-23T10:00:00Z');
const author = { memberId: 'm1', name: 'Tomas Oyelaran' };

function newWorkspace(): WorkspaceDoc {
  const ydoc = new Y.Doc();
  initialiseWorkspace(ydoc, { name: 'Coalition on Open Maps', acronym: 'COM', focus: '', objectives: '', mailingList: '', website: '' }, creator, {
    memberId: 'm1',
    now,
  });
  return new WorkspaceDoc(ydoc);
}

describe('workspace document', () => {
  it('makes the creator the first coordinator', () => {
    const members = newWorkspace().members();
    expect(members.valid).toHaveLength(1);
    expect(members.valid[0]).toMatchObject({ name: 'Tomas Oyelaran', role: 'coordinator', identityId: 'identity-1' });
  });

  it('creates a charter whose body carries every governance section', () => {
    const workspace = newWorkspace();
    const meta = workspace.createDocument({ id: 'd1', title: 'Charter', type: 'charter', author, now });
    expect(meta.status).toBe('draft');
    const text = bodyText(workspace.body('d1'));
    for (const section of [
      'Mission and goals',
      'Membership',
      'Roles and responsibilities',
      'Decision-making',
      'Outputs and how they are developed',
      'Governing bodies, elections and terms',
      'Working modalities',
      'Amendments',
    ]) {
      expect(text).toContain(section);
    }
    expect(text).toMatch(/Minority and dissenting views are recorded/);
  });

  it('has a template for every document type', () => {
    for (const type of DOCUMENT_TYPES) expect(templateBlocks(type).length).toBeGreaterThan(0);
  });

  it('survives an update round trip to another replica', () => {
    const a = newWorkspace();
    a.createDocument({ id: 'd1', title: 'Terms of reference', type: 'terms-of-reference', author, now });
    const b = new WorkspaceDoc(new Y.Doc());
    Y.applyUpdateV2(b.ydoc, Y.encodeStateAsUpdateV2(a.ydoc));
    expect(b.document('d1')?.title).toBe('Terms of reference');
    expect(bodyText(b.body('d1'))).toBe(bodyText(a.body('d1')));
    expect(b.profile()?.acronym).toBe('COM');
  });

  it('sets headings as numeric levels, the way the editor binding stores them', () => {
    const workspace = newWorkspace();
    workspace.createDocument({ id: 'd1', title: 'Charter', type: 'charter', author, now });
    const first = workspace.body('d1').get(0) as Y.XmlElement;
    expect(first.nodeName).toBe('heading');
    expect(first.getAttribute('level')).toBe(1);
  });

  it('keeps entries written by a peer that fail validation out of the lists, and reports them', () => {
    const workspace = newWorkspace();
    workspace.ydoc.getMap('members').set('forged', { name: 42 });
    workspace.ydoc.getMap('documents').set('broken', 'not a document');
    expect(workspace.members().invalid).toEqual(['forged']);
    expect(workspace.members().valid).toHaveLength(1);
    expect(workspace.documents()).toEqual({ valid: [], invalid: ['broken'] });
  });

  it('updates status and records who edited last', () => {
    const workspace = newWorkspace();
    workspace.createDocument({ id: 'd1', title: 'Charter', type: 'charter', author, now });
    const later = new Date('2026-11-24T08:00:00Z');
    const updated = workspace.updateDocument('d1', { status: 'in-review' }, { memberId: 'm2', name: 'Lin Okafor' }, later);
    expect(updated).toMatchObject({ status: 'in-review', updatedAt: later.toISOString(), updatedBy: { name: 'Lin Okafor' } });
    expect(() => workspace.updateDocument('d1', { title: '' }, author, later)).toThrow();
  });
});
