import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from '../../../renderer/app/route';
import { decodeInvite, encodeInvite, inviteLink, MAX_INVITE_INPUT_LENGTH, webInviteFragment, type Invite } from '../../../shared/sync/invite';
import { newWorkspaceSecret } from '../../../shared/sync/room-name';
import { hostileString, withinBounds } from './bounded';

const invite: Invite = {
  workspaceId: '0b7c9a52-5d1e-4f4a-9a57-2f9d3c1e8b61',
  workspaceName: 'Coalition on Open Maps',
  secret: newWorkspaceSecret(),
  signaling: ['wss://signal.example.org'],
};
const code = encodeInvite(invite);

describe('invites at the boundary', () => {
  it('any string is refused or read, never thrown on, each within the time bound', () => {
    fc.assert(
      fc.property(hostileString, (text) => {
        const decoded = withinBounds(() => decodeInvite(text), `an input of ${text.length} characters`);
        // Only a string that contains a real code can be read, and it reads as that code's invite.
        if (decoded.ok) expect(text).toContain('CD1.');
      }),
      { numRuns: 400 },
    );
  });

  it('refuses a megabyte at once, without parsing it', () => {
    for (const pasted of [`${code} `.repeat(70_000), `coalition://join/${'A'.repeat(1_000_000)}`, `CD1.${'A'.repeat(2_000_000)}`]) {
      expect(withinBounds(() => decodeInvite(pasted))).toEqual({ ok: false, error: 'errors.inviteTooLong' });
    }
    expect(decodeInvite(code.padEnd(MAX_INVITE_INPUT_LENGTH, ' ')).ok).toBe(true);
  });

  it('reads a valid invite wrapped in what mail and people add around it', () => {
    const wrappings = fc.record({
      before: fc.array(fc.constantFrom(' ', '\n', '\t', '\u200b', '\ufeff', '\u200f', '\u200e', '\u2066', '"', '“', '‘', '«', '<', "'"), { maxLength: 4 }).map((cs) => cs.join('')),
      after: fc.array(fc.constantFrom(' ', '\n', '\r\n', '\u200b', '\u200f', '\u2069', '"', '”', '’', '»', '>', '.', ',', ';', '!', "'"), { maxLength: 4 }).map((cs) => cs.join('')),
      form: fc.constantFrom(code, inviteLink(invite), `https://desk.example.org/${webInviteFragment(invite)}`),
      // A long code wrapped by a mail client: a line break or a zero-width space inside it.
      breakAt: fc.option(fc.tuple(fc.integer({ min: 5, max: code.length - 1 }), fc.constantFrom('\n', '\r\n', '\u200b', ' \n')), { nil: undefined }),
    });
    fc.assert(
      fc.property(wrappings, ({ before, after, form, breakAt }) => {
        const body = breakAt ? form.replace(code, code.slice(0, breakAt[0]) + breakAt[1] + code.slice(breakAt[0])) : form;
        expect(decodeInvite(before + body + after)).toEqual({ ok: true, invite });
      }),
    );
  });

  it('never reads a changed code as an invite other than the one it was', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: code.length - 1 }), fc.constantFrom(...'ABCxyz019_-'), fc.constantFrom('replace', 'insert', 'delete'), (at, character, how) => {
        const changed =
          how === 'replace' ? code.slice(0, at) + character + code.slice(at + 1) : how === 'insert' ? code.slice(0, at) + character + code.slice(at) : code.slice(0, at) + code.slice(at + 1);
        const decoded = decodeInvite(changed);
        if (decoded.ok) expect(decoded.invite).toEqual(invite);
      }),
    );
  });
});

describe('routes at the boundary', () => {
  it('any address parses to a route, never a thrown URIError, within the time bound', () => {
    const address = fc.oneof(
      hostileString.map((text) => `#/${text}`),
      fc.tuple(fc.constantFrom('#/join/', '#/w/', '#/w/ws-1/d/', '#/w/ws-1/p/', '#/'), hostileString).map(([prefix, rest]) => prefix + rest),
    );
    fc.assert(
      fc.property(address, (hash) => {
        const route = withinBounds(() => parseRoute(hash), `an address of ${hash.length} characters`);
        expect(typeof routeHref(route)).toBe('string');
      }),
      { numRuns: 400 },
    );
  });

  it('says what is wrong with a broken escape or an oversized address', () => {
    for (const hash of ['#/join/%', '#/join/CD1.%E0%A4%A', '#/w/%zz/documents', '#/w/ws-1/d/%ff%fe', '#/w/%']) {
      expect(parseRoute(hash)).toEqual({ name: 'bad-address', problem: 'malformed' });
    }
    expect(withinBounds(() => parseRoute(`#/join/${'A'.repeat(2 * 1024 * 1024)}`))).toEqual({ name: 'bad-address', problem: 'tooLong' });
  });

  it('reads back every route it writes', () => {
    const id = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 });
    const route: fc.Arbitrary<Route> = fc.oneof(
      fc.constant<Route>({ name: 'workspaces' }),
      fc.constant<Route>({ name: 'settings' }),
      id.map((code): Route => ({ name: 'join', code })),
      fc.tuple(id, id).map(([workspaceId, documentId]): Route => ({ name: 'document', workspaceId, documentId })),
      fc.tuple(id, id).map(([workspaceId, proposalId]): Route => ({ name: 'proposal', workspaceId, proposalId })),
    );
    fc.assert(
      fc.property(route, (value) => {
        expect(parseRoute(routeHref(value))).toEqual(value);
      }),
    );
  });
});
