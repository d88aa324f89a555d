import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { analyze } from '../test-utils/analyze.js';
import { PROJECT_ROOT, settingsFor } from '../test-utils/rule-tester.js';
import { sessionEndingsIn } from './session-ending.js';

/** The session endings in the exported handler `h`, as `kind: source text`. */
function endings(code: string, settings = settingsFor(5)): string[] {
  const { facts, sourceCode } = analyze(code, `${PROJECT_ROOT}/app/logout/route.ts`, settings);
  const handler = facts.handlers[0]!;
  return sessionEndingsIn(handler.fn.body, facts, sourceCode).map(ending => `${ending.kind}: ${sourceCode.getText(ending.node as TSESTree.Node)}`);
}

describe('sessionEndingsIn', () => {
  it('finds library sign-outs and auth cookie clears in source order', () => {
    expect(
      endings(`
        import { signOut } from '@/auth';
        import { cookies } from 'next/headers';
        export async function POST() {
          (await cookies()).delete('theme');
          (await cookies()).delete('authjs.session-token');
          await signOut();
        }
      `),
    ).toEqual(["cookie: (await cookies()).delete('authjs.session-token')", 'sign-out: signOut()']);
  });

  it('follows same-file helpers and reads Set-Cookie header objects', () => {
    expect(
      endings(`
        async function clear(cookieStore) { cookieStore.delete('sid'); }
        export async function GET() {
          await clear(cookies);
          return new Response(null, { headers: { 'Set-Cookie': 'session=; Max-Age=0' } });
        }
      `),
    ).toEqual(["cookie: cookieStore.delete('sid')", "cookie: 'Set-Cookie': 'session=; Max-Age=0'"]);
  });

  it('honours settings signOuts and cookieDeletes', () => {
    const settings = settingsFor(5, { signOuts: ['endSession'], cookieDeletes: ['expire'] });
    expect(
      endings(
        `
        import { endSession, expire } from '@/lib/session';
        export async function POST() {
          await endSession();
          expire('app_session');
        }
      `,
        settings,
      ),
    ).toEqual(['sign-out: endSession()', "cookie: expire('app_session')"]);
  });
});
