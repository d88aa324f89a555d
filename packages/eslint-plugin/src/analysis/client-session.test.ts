import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { analyze } from '../test-utils/analyze.js';
import { PROJECT_ROOT, settingsFor } from '../test-utils/rule-tester.js';
import { findNode } from '../util/ast.js';
import { clientCacheCall, queryKeyHead, reachedClientCaches } from './client-cache.js';
import { clientSessionChange, clientSessionRead, clientSignOut, sessionHookValue, signOutReloadsPage } from './client-session.js';
import { isAwaitedSleep, timerCall } from './timing.js';

const FILE = `${PROJECT_ROOT}/components/x.tsx`;

/** The call the last statement of `text` makes (or initialises a variable with). */
function lastCall(text: string, settings = settingsFor(4)) {
  const { facts, sourceCode } = analyze(text, FILE, settings);
  const last = sourceCode.ast.body.at(-1)!;
  const call = (last.type === 'VariableDeclaration' ? last.declarations[0]!.init : last.type === 'ExpressionStatement' ? last.expression : null) as TSESTree.CallExpression;
  return { call, facts, sourceCode };
}

describe('clientSignOut', () => {
  it.each([
    ["import { signOut } from 'next-auth/react'; signOut();", 'next-auth-v4'],
    ["import { authClient } from '@/lib/auth-client'; authClient.signOut();", 'better-auth'],
    ["import { createClient } from '@/utils/supabase/client'; createClient().auth.signOut();", 'supabase'],
    ["import { useClerk } from '@clerk/nextjs'; const { signOut } = useClerk(); signOut();", 'clerk'],
    ["import { useAuth } from '@clerk/nextjs'; useAuth().signOut();", 'clerk'],
    ["import { getAuth, signOut } from 'firebase/auth'; signOut(getAuth());", 'firebase'],
  ])('%s → %s', (text, library) => {
    const { call, facts } = lastCall(text);
    expect(clientSignOut(call, facts.api)?.library?.id).toBe(library);
  });

  it('treats the function a settings-named hook returns as a sign-out, not the hook call itself', () => {
    const settings = settingsFor(4, { signOuts: ['useLogout'] });
    const hookCall = lastCall("import { useLogout } from '@/hooks'; const logout = useLogout();", settings);
    expect(clientSignOut(hookCall.call, hookCall.facts.api)).toBeNull();
    const returned = lastCall("import { useLogout } from '@/hooks'; const logout = useLogout(); logout();", settings);
    expect(clientSignOut(returned.call, returned.facts.api)).toEqual({ library: null, signOut: null });
  });

  it.each([
    ['signOut()', true],
    ["signOut({ callbackUrl: '/login' })", true],
    ['signOut(options)', true],
    ['signOut({ redirect: false })', false],
    ["signOut({ redirect: false, callbackUrl: '/login' })", false],
  ])('next-auth %s reloads the page: %s', (call, reloads) => {
    const { call: node, facts } = lastCall(`import { signOut } from 'next-auth/react'; ${call};`);
    expect(signOutReloadsPage(node, clientSignOut(node, facts.api)!)).toBe(reloads);
  });
});

describe('clientSessionChange and clientSessionRead', () => {
  it('knows sign-ins and updates, and session reads with hooks marked', () => {
    const signIn = lastCall("import { signIn } from 'next-auth/react'; signIn('github');");
    expect(clientSessionChange(signIn.call, signIn.facts.api)?.library?.id).toBe('next-auth-v4');
    const hook = lastCall("import { useSession } from 'next-auth/react'; useSession();");
    expect(clientSessionRead(hook.call, hook.facts.api)).toMatchObject({ hook: true });
    const fetched = lastCall("fetch('/api/auth/session');");
    expect(clientSessionRead(fetched.call, fetched.facts.api)).toEqual({ library: null, hook: false });
    const other = lastCall("fetch('/api/auth/sessions-list');");
    expect(clientSessionRead(other.call, other.facts.api)).toBeNull();
  });
});

describe('isAwaitedSleep', () => {
  const sleepOf = (text: string) => {
    const { facts, sourceCode } = analyze(text, FILE);
    const awaited = findNode(sourceCode.ast, node => node.type === 'AwaitExpression')!;
    return isAwaitedSleep(awaited, facts.api, sourceCode);
  };
  it.each([
    ['await new Promise(r => setTimeout(r, 100));', true],
    ["import delay from 'delay'; await delay(100);", true],
    ["import { setTimeout as wait } from 'timers/promises'; await wait(10);", true],
    ['function settle(ms) { return new Promise(r => { setTimeout(r, ms); }); } await settle(5);', true],
    ["import { sleep } from '@/lib/utils'; await sleep(5);", true],
    ['await wait(() => ready);', false],
    ["await fetch('/x');", false],
    ['await new Promise(r => r(1));', false],
  ])('%s → %s', (text, expected) => expect(sleepOf(text)).toBe(expected));
});

describe('client caches', () => {
  it.each([
    ["import { useQueryClient } from '@tanstack/react-query'; const qc = useQueryClient(); qc.clear();", 'tanstack-query', 'clears-all'],
    ["import { queryClient } from '@/lib/query-client'; queryClient.removeQueries({ queryKey: ['a'] });", 'tanstack-query', 'insufficient'],
    ["import { mutate } from 'swr'; mutate(() => true, undefined, { revalidate: false });", 'swr', 'clears-all'],
    ["import { useSWRConfig } from 'swr'; const { mutate } = useSWRConfig(); mutate('/api/me');", 'swr', 'insufficient'],
    ["import { useApolloClient } from '@apollo/client'; useApolloClient().resetStore();", 'apollo', 'insufficient'],
    ["import { api } from '@/store/api'; dispatch(api.util.resetApiState());", 'rtk-query', 'clears-all'],
  ])('%s → %s %s', (text, cache, effect) => {
    const calls: TSESTree.CallExpression[] = [];
    const { facts, sourceCode } = analyze(text, FILE);
    findNode(sourceCode.ast, node => {
      if (node.type === 'CallExpression') calls.push(node);
      return false;
    });
    const match = calls.map(call => clientCacheCall(call, facts.api)).find(Boolean);
    expect(match?.cache.id).toBe(cache);
    expect(match?.effect.kind).toBe(effect);
  });

  it('reaches RTK Query only with a dispatch import too', () => {
    const slice = "import { api } from '@/store/api';";
    expect(reachedClientCaches(analyze(slice, FILE).sourceCode.ast, analyze(slice, FILE).facts.api)).toEqual([]);
    const both = analyze(`${slice} import { useDispatch } from 'react-redux';`, FILE);
    expect(reachedClientCaches(both.sourceCode.ast, both.facts.api).map(cache => cache.id)).toEqual(['rtk-query']);
  });

  it.each([
    ["x({ queryKey: ['session', id] });", 'session'],
    ["x(['session']);", 'session'],
    ["x('session');", 'session'],
    ["const KEY = ['session'] as const; x({ queryKey: KEY });", 'session'],
    ['x({ queryKey: key });', null],
  ])('queryKeyHead %s → %s', (text, head) => {
    const { call, sourceCode } = lastCall(text);
    expect(queryKeyHead(call.arguments[0], sourceCode)).toBe(head);
  });
});

describe('sessionHookValue', () => {
  it.each([
    ["import { useSession } from 'next-auth/react'; const { status } = useSession(); f(status);", 'useSession'],
    ["import { useSession } from 'next-auth/react'; const { data: session } = useSession(); f(session);", 'useSession'],
    ["import { authClient } from '@/lib/auth-client'; const { data } = authClient.useSession(); f(data);", 'useSession'],
    ["import { getSession } from 'next-auth/react'; const session = getSession(); f(session);", null],
    ['const status = useState(); f(status);', null],
  ])('%s → %s', (text, hook) => {
    const { call, facts } = lastCall(text);
    expect(sessionHookValue(call.arguments[0] as TSESTree.Identifier, facts.api)).toBe(hook);
  });
});

describe('timerCall', () => {
  it.each([
    ['setInterval(() => {}, 1000);', 'interval'],
    ['window.setInterval(tick, 1000);', 'interval'],
    ['setTimeout(poll, 1000);', 'timeout'],
    ['requestAnimationFrame(() => {});', null],
  ])('%s → %s', (text, kind) => {
    expect(timerCall(lastCall(text).call)?.kind ?? null).toBe(kind);
  });
});
