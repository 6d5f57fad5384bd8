import { beforeEach, describe, expect, it } from 'vitest';
import { prepareCosign, prepareCosignWithdrawal, prepareDissent, prepareRevision, prepareWithdrawal } from '../../../shared/dissent/dissent';
import { projectDissents, viewsForDocument } from '../../../shared/dissent/dissent-view';
import { prepareEndorsement, prepareEndorsementWithdrawal, projectEndorsements } from '../../../shared/dissent/endorsement';
import { WORKSPACE } from '../integrity/signing-fixtures';
import { Ledger } from './dissent-fixtures';

let ledger: Ledger;
beforeEach(async () => {
  ledger = new Ledger();
  await ledger.init();
});

const onCharter = { viewKind: 'dissenting', target: { kind: 'document', documentId: 'charter' }, title: 'On observer voting', text: 'Observers should vote on outputs.' };

async function project() {
  return projectDissents(await ledger.verified());
}

describe('minority and dissenting views', () => {
  it('validates a new view: text required, known target', () => {
    expect(prepareDissent({ ...onCharter, text: ' ' }, ledger.context('lars'))).toEqual({ ok: false, errors: { text: 'errors.required' } });
    expect(prepareDissent({ ...onCharter, viewKind: 'grumble' }, ledger.context('lars'))).toEqual({ ok: false, errors: { viewKind: 'errors.unknownViewKind' } });
    expect(prepareDissent(onCharter, { ...ledger.context('stranger'), member: undefined })).toEqual({ ok: false, errors: { _form: 'errors.notAMember' } });
  });

  it('is co-signed, edited by its author only, and withdrawn with the withdrawal recorded', async () => {
    const view = await ledger.add(prepareDissent(onCharter, ledger.context('lars')));
    let [state] = (await project()).views;
    if (!state) throw new Error('no view');
    await ledger.add(prepareCosign(state, ledger.context('priya')));
    await ledger.add(prepareCosign(state, ledger.context('tomo')));
    [state] = (await project()).views;
    if (!state) throw new Error('no view');
    expect(state.coSignerIds).toEqual(['priya', 'tomo']);
    expect(prepareCosign(state, ledger.context('lars'))).toEqual({ ok: false, errors: { _form: 'errors.authorCannotCosign' } });
    expect(prepareCosign(state, ledger.context('priya'))).toEqual({ ok: false, errors: { _form: 'errors.alreadyCosigned' } });
    expect(prepareRevision({ text: 'Hijacked.' }, state, ledger.context('imani'))).toEqual({ ok: false, errors: { _form: 'errors.onlyAuthorCanEdit' } });
    expect(prepareWithdrawal({}, state, ledger.context('imani'))).toEqual({ ok: false, errors: { _form: 'errors.onlyAuthorCanWithdraw' } });

    await ledger.add(prepareRevision({ title: 'On observer voting', text: 'Observers should vote on outputs, not on governance.' }, state, ledger.context('lars')));
    await ledger.add(prepareCosignWithdrawal(state, ledger.context('tomo')));
    await ledger.add(prepareWithdrawal({ reason: 'Addressed in the new draft.' }, state, ledger.context('lars')));
    const [final] = (await project()).views;
    expect(final).toMatchObject({
      id: view.id,
      status: 'withdrawn',
      text: 'Observers should vote on outputs, not on governance.',
      coSignerIds: ['priya'],
      withdrawal: { reason: 'Addressed in the new draft.' },
    });
    expect(final?.revisions.map((revision) => revision.text)).toEqual(['Observers should vote on outputs.', 'Observers should vote on outputs, not on governance.']);
    expect(final?.withdrawnCoSigners.map((signer) => signer.memberId)).toEqual(['tomo']);
  });

  it('ignores validly signed entries that break the rules: an edit by someone else, a self co-signature, edits after withdrawal', async () => {
    const view = await ledger.add(prepareDissent(onCharter, ledger.context('lars')));
    const state = { id: view.id, authorId: 'imani', status: 'active' as const, coSignerIds: [] };
    // Imani pretends to be the author in her own client; her signed edit reaches peers anyway.
    await ledger.add(prepareRevision({ text: 'We all agree.' }, state, ledger.context('imani')));
    await ledger.add(prepareCosign({ ...state, authorId: 'nobody' }, ledger.context('lars')));
    const realState = { ...state, authorId: 'lars' };
    await ledger.add(prepareWithdrawal({}, realState, ledger.context('lars')));
    await ledger.add(prepareRevision({ text: 'Too late.' }, realState, ledger.context('lars')));
    await ledger.add(prepareCosign({ ...realState, authorId: 'nobody' }, ledger.context('priya')));
    const projection = await project();
    expect(projection.views[0]?.text).toBe(onCharter.text);
    expect(projection.views[0]?.coSignerIds).toEqual([]);
    expect(projection.ignored.map((item) => [item.authorId, item.reason])).toEqual([
      ['imani', 'not-author'],
      ['lars', 'author-cosign'],
      ['lars', 'after-withdrawal'],
      ['priya', 'after-withdrawal'],
    ]);
  });

  it('selects the views that belong to a document export', async () => {
    await ledger.add(prepareDissent(onCharter, ledger.context('lars')));
    await ledger.add(prepareDissent({ ...onCharter, target: { kind: 'proposal', proposalId: 'prop-7' } }, ledger.context('priya')));
    await ledger.add(prepareDissent({ ...onCharter, target: { kind: 'document', documentId: 'other' } }, ledger.context('tomo')));
    const { views } = await project();
    expect(viewsForDocument(views, 'charter', { proposalIds: ['prop-7'] }).map((view) => view.authorId)).toEqual(['lars', 'priya']);
  });
});

describe('endorsements', () => {
  it('records members and other coalitions with their representative, and keeps withdrawals', async () => {
    await ledger.add(prepareEndorsement({ endorser: { kind: 'member' }, endorsedOn: '2026-07-01' }, { ...ledger.context('priya'), documentId: 'statement' }));
    const coalition = await ledger.add(
      prepareEndorsement(
        { endorser: { kind: 'coalition', coalitionName: 'Coalition on Quiet Networks', representativeName: 'Odile Marchetti' }, endorsedOn: '2026-07-02' },
        { ...ledger.context('imani'), documentId: 'statement' },
      ),
    );
    expect(prepareEndorsement({ endorser: { kind: 'coalition', coalitionName: '', representativeName: '' }, endorsedOn: 'July' }, { ...ledger.context('imani'), documentId: 'statement' })).toEqual({
      ok: false,
      errors: { endorser: 'errors.required', endorsedOn: 'errors.invalidDate' },
    });
    let { endorsements } = projectEndorsements(await ledger.verified());
    const view = endorsements.find((endorsement) => endorsement.id === coalition.id);
    if (!view) throw new Error('no endorsement');
    expect(prepareEndorsementWithdrawal(view, { workspaceId: WORKSPACE, member: undefined, now: new Date() }).ok).toBe(false);
    await ledger.add(prepareEndorsementWithdrawal(view, ledger.context('imani')));
    ({ endorsements } = projectEndorsements(await ledger.verified()));
    expect(endorsements.map((endorsement) => [endorsement.endorser.kind, endorsement.status])).toEqual([
      ['member', 'active'],
      ['coalition', 'withdrawn'],
    ]);
  });
});
