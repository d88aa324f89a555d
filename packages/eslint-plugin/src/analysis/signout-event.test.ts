import { describe, expect, it } from 'vitest';
import { analyze } from '../test-utils/analyze.js';
import { signOutEventReads } from './signout-event.js';

/** The reads of `events.signOut` in a NextAuth config, as `key:narrowed`. */
function reads(events: string): string[] {
  const { facts, sourceCode } = analyze(`export const authOptions = { providers: [], events: { ${events} } };`);
  const fn = facts.nextAuthConfigs[0]!.event('signOut')!;
  return signOutEventReads(fn, sourceCode).map(read => `${read.key}:${read.narrowed ? 'narrowed' : 'open'}`);
}

describe('signOutEventReads', () => {
  it('reads destructured parameters', () => {
    expect(reads('async signOut({ token, session: s }) {}')).toEqual(['token:open', 'session:open']);
    expect(reads('signOut: ({ token } = {}) => token')).toEqual(['token:open']);
  });

  it('reads member accesses and body destructuring of a named parameter', () => {
    expect(reads('async signOut(message) { use(message.token?.sub); const { session } = message; }')).toEqual(['token:open', 'session:open']);
  });

  it('knows the in-narrowing forms', () => {
    expect(reads("async signOut(m) { if ('token' in m) use(m.token); else use(m.session); }")).toEqual(['token:narrowed', 'session:narrowed']);
    expect(reads("async signOut(m) { if (!('session' in m)) return; use(m.session); }")).toEqual(['session:narrowed']);
    expect(reads("async signOut(m) { if ('token' in m) { return; } use(m.session); }")).toEqual(['session:narrowed']);
    expect(reads("signOut: m => 'token' in m && m.token.sub")).toEqual(['token:narrowed']);
    expect(reads("signOut: m => ('session' in m ? m.session : m.token)")).toEqual(['session:narrowed', 'token:narrowed']);
  });

  it('does not count truthiness checks, or narrowing of the wrong key', () => {
    expect(reads('async signOut(m) { if (m.token) use(m.token.sub); }')).toEqual(['token:open', 'token:open']);
    expect(reads("async signOut(m) { if ('token' in m) use(m.session); }")).toEqual(['session:open']);
  });
});
