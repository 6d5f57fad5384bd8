import { describe, expect, it } from 'vitest';
import { IdentityInputSchema } from '../../../shared/members/identity';
import { MemberInputSchema } from '../../../shared/members/member';
import { stakeholderCoverage } from '../../../shared/members/stakeholder-group';
import { parseForm } from '../../../shared/validation';
import { WorkspaceProfileSchema } from '../../../shared/workspaces/workspace-profile';

const validIdentity = {
  name: 'Amara Velde',
  email: 'amara@example.org',
  organisation: 'Open Lines Trust',
  stakeholderGroup: 'civil-society',
  region: 'Western Europe',
  timeZone: 'Europe/Amsterdam',
};

describe('identity and member schemas', () => {
  it('accepts a complete identity and an empty optional email', () => {
    expect(parseForm(IdentityInputSchema, validIdentity).ok).toBe(true);
    expect(parseForm(IdentityInputSchema, { ...validIdentity, email: '' }).ok).toBe(true);
  });

  it.each([
    ['name', { name: '   ' }, 'errors.required'],
    ['name', { name: 'x'.repeat(121) }, 'errors.tooLong'],
    ['email', { email: 'not-an-email' }, 'errors.invalidEmail'],
    ['stakeholderGroup', { stakeholderGroup: 'media' }, 'errors.unknownStakeholderGroup'],
    ['timeZone', { timeZone: 'Mars/Olympus' }, 'errors.unknownTimeZone'],
  ])('reports %s problems as an i18n key on that field', (field, patch, key) => {
    const result = parseForm(IdentityInputSchema, { ...validIdentity, ...patch });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[field]).toBe(key);
  });

  it('trims names and requires a known role for members', () => {
    const ok = parseForm(MemberInputSchema, { ...validIdentity, name: '  Ko Imani ', role: 'observer' });
    expect(ok.ok && ok.value.name).toBe('Ko Imani');
    const bad = parseForm(MemberInputSchema, { ...validIdentity, role: 'king' });
    expect(!bad.ok && bad.errors.role).toBe('errors.unknownRole');
  });

  it('validates the workspace profile: only the name is required, addresses must be well formed', () => {
    expect(parseForm(WorkspaceProfileSchema, { name: 'Coalition on Open Maps' }).ok).toBe(true);
    const bad = parseForm(WorkspaceProfileSchema, { name: 'X', mailingList: 'list@', website: 'javascript:alert(1)' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors.mailingList).toBe('errors.invalidEmail');
      expect(bad.errors.website).toBe('errors.invalidUrl');
    }
  });
});

describe('stakeholder coverage', () => {
  it('counts distinct groups and needs at least three', () => {
    const two = stakeholderCoverage([{ stakeholderGroup: 'academia' }, { stakeholderGroup: 'academia' }, { stakeholderGroup: 'government' }]);
    expect(two).toEqual({ represented: ['government', 'academia'], meetsMinimum: false });
    const three = stakeholderCoverage([{ stakeholderGroup: 'academia' }, { stakeholderGroup: 'government' }, { stakeholderGroup: 'private-sector' }]);
    expect(three.meetsMinimum).toBe(true);
  });
});
