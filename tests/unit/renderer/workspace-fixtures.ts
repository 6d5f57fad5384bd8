/** The member and coalition the renderer's workspace tests create (invented names). */
export const identity = {
  id: 'identity-1',
  name: 'Rosa Quillen',
  email: '',
  organisation: 'Fieldnote Collective',
  stakeholderGroup: 'technical-community' as const,
  region: 'South America',
  timeZone: 'America/Bogota',
};
export const profile = { name: 'Coalition on Quiet Networks', acronym: '', focus: '', objectives: '', mailingList: '', website: '' };
