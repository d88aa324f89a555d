import { code, createRuleTester, file, settingsFor } from '../../test-utils/rule-tester.js';
import rule, { RULE_NAME } from './no-phantom-session-query.rule.js';

const ruleTester = createRuleTester();
const BUTTON = file('components/logout-button.tsx');
const V4 = settingsFor(4);

const OTHER_ADVICE =
  "To end the session, `await signOut({ redirect: false })`; to refetch it, `await getSession()`; to drop the previous user's data, `queryClient.clear()` after the sign-out.";

ruleTester.run(RULE_NAME, rule, {
  valid: [
    {
      name: 'a Better Auth project (no next-auth) with its own session query',
      filename: BUTTON,
      code: code`
        import { useQueryClient } from '@tanstack/react-query';
        import { authClient } from '@/lib/auth-client';
        export function LogoutButton() {
          const queryClient = useQueryClient();
          async function handleClick() {
            await authClient.signOut();
            queryClient.removeQueries({ queryKey: ['session'] });
          }
          return <button onClick={handleClick}>Sign out</button>;
        }
      `,
    },
    {
      name: 'next-auth project that defines its own useQuery on the session key in this file',
      filename: BUTTON,
      settings: V4,
      code: code`
        import { useQuery, useQueryClient } from '@tanstack/react-query';
        export function useSessionQuery() {
          return useQuery({ queryKey: ['session'], queryFn: () => fetch('/api/auth/session').then(r => r.json()) });
        }
        export function useRefreshSession() {
          const queryClient = useQueryClient();
          return () => queryClient.invalidateQueries({ queryKey: ['session'] });
        }
      `,
    },
    {
      name: 'settings: sessionQueryKeys names a session query defined in another file',
      filename: BUTTON,
      settings: settingsFor(4, { sessionQueryKeys: ['session'] }),
      code: code`
        import { useQueryClient } from '@tanstack/react-query';
        export function useRefreshSession() {
          const queryClient = useQueryClient();
          return () => queryClient.invalidateQueries({ queryKey: ['session'] });
        }
      `,
    },
    {
      name: 'a query fetched in this file with queryClient.fetchQuery',
      filename: BUTTON,
      settings: V4,
      code: code`
        import { QueryClient } from '@tanstack/react-query';
        const queryClient = new QueryClient();
        export async function primeSession() {
          await queryClient.fetchQuery({ queryKey: ['session'], queryFn: () => fetch('/api/auth/session').then(r => r.json()) });
          queryClient.setQueryData(['session'], null);
        }
      `,
    },
    {
      name: 'queryOptions defines the session query in this file',
      filename: BUTTON,
      settings: V4,
      code: code`
        import { queryOptions, useQueryClient } from '@tanstack/react-query';
        export const sessionQuery = queryOptions({ queryKey: ['session'], queryFn: () => fetch('/api/auth/session').then(r => r.json()) });
        export function useReset() {
          const queryClient = useQueryClient();
          return () => queryClient.resetQueries({ queryKey: ['session'] });
        }
      `,
    },
    {
      name: 'next-auth project: operations on other keys',
      filename: BUTTON,
      settings: V4,
      code: code`
        import { useQueryClient } from '@tanstack/react-query';
        export function useReset() {
          const queryClient = useQueryClient();
          return async () => {
            await queryClient.invalidateQueries({ queryKey: ['todos'] });
            queryClient.removeQueries({ queryKey: ['user', 'session'] });
            queryClient.clear();
          };
        }
      `,
    },
    {
      name: 'a receiver that is not a TanStack QueryClient',
      filename: BUTTON,
      settings: V4,
      code: code`
        import { store } from '@/lib/store';
        export function reset() {
          store.invalidateQueries(['session']);
        }
      `,
    },
    {
      name: "next-auth v3's @next-auth/react-query integration really uses the ['session'] key",
      filename: BUTTON,
      settings: V4,
      code: code`
        import { useSession } from '@next-auth/react-query';
        import { useQueryClient } from '@tanstack/react-query';
        export function useRefresh() {
          const queryClient = useQueryClient();
          const [session] = useSession();
          return () => queryClient.invalidateQueries(['session']).then(() => session);
        }
      `,
    },
    {
      name: 'the removeCall suggestion output no longer reports',
      filename: BUTTON,
      settings: V4,
      code: code`
        import { signOut } from 'next-auth/react';
        import { useQueryClient } from '@tanstack/react-query';
        export function LogoutButton() {
          const queryClient = useQueryClient();
          async function handleClick() {
            await signOut({ redirect: false });
            queryClient.clear();
          }
          return <button onClick={handleClick}>Sign out</button>;
        }
      `,
    },
    {
      name: "SWR's mutate('session') is not a TanStack operation",
      filename: BUTTON,
      settings: V4,
      code: code`
        import { mutate } from 'swr';
        export function refresh() {
          return mutate('session');
        }
      `,
    },
    {
      name: 'v4 positional useSuspenseQuery on the session key defines it',
      filename: BUTTON,
      settings: V4,
      code: code`
        import { useSuspenseQuery, useQueryClient } from '@tanstack/react-query';
        export function useAppSession() {
          const queryClient = useQueryClient();
          const session = useSuspenseQuery(['session'], () => fetch('/api/auth/session').then(r => r.json()));
          return { session, refresh: () => queryClient.refetchQueries(['session']) };
        }
      `,
    },
  ],
  invalid: [
    {
      name: "the seed's Solution 3: removeQueries({ queryKey: ['session'], exact: false })",
      filename: BUTTON,
      settings: V4,
      code: code`
        import { signOut } from 'next-auth/react';
        import { useQueryClient } from '@tanstack/react-query';
        export function LogoutButton() {
          const queryClient = useQueryClient();
          async function handleClick() {
            await signOut({ redirect: false });
            queryClient.removeQueries({ queryKey: ['session'], exact: false });
            queryClient.clear();
          }
          return <button onClick={handleClick}>Sign out</button>;
        }
      `,
      errors: [
        {
          messageId: 'phantomSessionQuery',
          line: 7,
          data: { call: 'queryClient.removeQueries()', key: 'session', advice: OTHER_ADVICE },
          suggestions: [
            {
              messageId: 'removeCall',
              output: code`
                import { signOut } from 'next-auth/react';
                import { useQueryClient } from '@tanstack/react-query';
                export function LogoutButton() {
                  const queryClient = useQueryClient();
                  async function handleClick() {
                    await signOut({ redirect: false });
                    queryClient.clear();
                  }
                  return <button onClick={handleClick}>Sign out</button>;
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'awaited invalidateQueries on the session key',
      filename: BUTTON,
      settings: V4,
      code: code`
        import { useQueryClient } from '@tanstack/react-query';
        export function useRefresh() {
          const queryClient = useQueryClient();
          return async () => {
            await queryClient.invalidateQueries({ queryKey: ['session'] });
            return true;
          };
        }
      `,
      errors: [{ messageId: 'phantomSessionQuery', suggestions: [{ messageId: 'removeCall', output: code`
        import { useQueryClient } from '@tanstack/react-query';
        export function useRefresh() {
          const queryClient = useQueryClient();
          return async () => {
            return true;
          };
        }
      ` }] }],
    },
    {
      name: 'v4 positional key: resetQueries([\'session\'])',
      filename: BUTTON,
      settings: V4,
      code: code`
        import { QueryClient } from '@tanstack/react-query';
        const queryClient = new QueryClient();
        export function reset() {
          queryClient.resetQueries(['session']);
        }
      `,
      errors: [{ messageId: 'phantomSessionQuery', data: { call: 'queryClient.resetQueries()', key: 'session', advice: OTHER_ADVICE }, suggestions: [{ messageId: 'removeCall', output: code`
        import { QueryClient } from '@tanstack/react-query';
        const queryClient = new QueryClient();
        export function reset() {
        }
      ` }] }],
    },
    {
      name: 'refetchQueries on the session key, client from an app module',
      filename: BUTTON,
      settings: V4,
      code: code`
        import { queryClient } from '@/lib/query-client';
        export async function refresh() {
          await queryClient.refetchQueries({ queryKey: ['session'], type: 'active' });
        }
      `,
      errors: [{ messageId: 'phantomSessionQuery', suggestions: [{ messageId: 'removeCall', output: code`
        import { queryClient } from '@/lib/query-client';
        export async function refresh() {
        }
      ` }] }],
    },
    {
      name: 'setQueryData(["session"], null) gets the write advice',
      filename: BUTTON,
      settings: V4,
      code: code`
        import { useQueryClient } from '@tanstack/react-query';
        export function useClearSession() {
          const queryClient = useQueryClient();
          return () => {
            queryClient.setQueryData(['session'], null);
          };
        }
      `,
      errors: [{ messageId: 'phantomSessionQuery', data: { call: 'queryClient.setQueryData()', key: 'session', advice: '`useSession()` never reads it; change the session with `update()`, which runs your `jwt` and `session` callbacks.' }, suggestions: [{ messageId: 'removeCall', output: code`
        import { useQueryClient } from '@tanstack/react-query';
        export function useClearSession() {
          const queryClient = useQueryClient();
          return () => {
          };
        }
      ` }] }],
    },
    {
      name: 'setQueriesData on the session key',
      filename: BUTTON,
      settings: V4,
      code: code`
        import { useQueryClient } from '@tanstack/react-query';
        export function useClearSession() {
          const queryClient = useQueryClient();
          return () => queryClient.setQueriesData({ queryKey: ['session'] }, null);
        }
      `,
      errors: [{ messageId: 'phantomSessionQuery', suggestions: [] }],
    },
    {
      name: 'getQueryData(["session"]) read in an expression gets the read advice, no suggestion',
      filename: BUTTON,
      settings: V4,
      code: code`
        import { useQueryClient } from '@tanstack/react-query';
        export function useCachedSession() {
          const queryClient = useQueryClient();
          return queryClient.getQueryData(['session']) ?? null;
        }
      `,
      errors: [{ messageId: 'phantomSessionQuery', data: { call: 'queryClient.getQueryData()', key: 'session', advice: 'Read the session with `useSession()` or `await getSession()`.' }, suggestions: [] }],
    },
    {
      name: "v3 string key: cancelQueries('session') with react-query v3",
      filename: BUTTON,
      settings: V4,
      code: code`
        import { useQueryClient } from 'react-query';
        export function useCancel() {
          const queryClient = useQueryClient();
          return () => { queryClient.cancelQueries('session'); };
        }
      `,
      errors: [{ messageId: 'phantomSessionQuery', suggestions: [{ messageId: 'removeCall', output: code`
        import { useQueryClient } from 'react-query';
        export function useCancel() {
          const queryClient = useQueryClient();
          return () => {  };
        }
      ` }] }],
    },
    {
      name: 'the key from a const',
      filename: BUTTON,
      settings: V4,
      code: code`
        import { useQueryClient } from '@tanstack/react-query';
        const SESSION_KEY = ['session'] as const;
        export function useLogoutCleanup() {
          const queryClient = useQueryClient();
          return () => queryClient.removeQueries({ queryKey: SESSION_KEY });
        }
      `,
      errors: [{ messageId: 'phantomSessionQuery', suggestions: [] }],
    },
    {
      name: 'a queryClient passed as a parameter',
      filename: file('lib/logout.ts'),
      settings: V4,
      code: code`
        import { signOut } from 'next-auth/react';
        import type { QueryClient } from '@tanstack/react-query';
        export async function logout(queryClient: QueryClient) {
          await signOut({ redirect: false });
          queryClient.removeQueries({ queryKey: ['session'] });
        }
      `,
      errors: [{ messageId: 'phantomSessionQuery', suggestions: [{ messageId: 'removeCall', output: code`
        import { signOut } from 'next-auth/react';
        import type { QueryClient } from '@tanstack/react-query';
        export async function logout(queryClient: QueryClient) {
          await signOut({ redirect: false });
        }
      ` }] }],
    },
    {
      name: 'Auth.js v5 project',
      filename: BUTTON,
      settings: settingsFor(5),
      code: code`
        import { useQueryClient } from '@tanstack/react-query';
        export function useRefresh() {
          const queryClient = useQueryClient();
          return () => queryClient.invalidateQueries({ queryKey: ['session'] });
        }
      `,
      errors: [{ messageId: 'phantomSessionQuery', suggestions: [] }],
    },
    {
      name: 'no version in settings, but the file imports next-auth/react',
      filename: BUTTON,
      code: code`
        import { signOut } from 'next-auth/react';
        import { useQueryClient } from '@tanstack/react-query';
        export function useLogout() {
          const queryClient = useQueryClient();
          return async () => {
            queryClient.removeQueries({ queryKey: ['session'] });
            await signOut();
          };
        }
      `,
      errors: [{ messageId: 'phantomSessionQuery', suggestions: [{ messageId: 'removeCall', output: code`
        import { signOut } from 'next-auth/react';
        import { useQueryClient } from '@tanstack/react-query';
        export function useLogout() {
          const queryClient = useQueryClient();
          return async () => {
            await signOut();
          };
        }
      ` }] }],
    },
    {
      name: 'an own query on another key does not make the session key real',
      filename: BUTTON,
      settings: V4,
      code: code`
        import { useQuery, useQueryClient } from '@tanstack/react-query';
        export function useMe() {
          const queryClient = useQueryClient();
          const me = useQuery({ queryKey: ['me'], queryFn: () => fetch('/api/me').then(r => r.json()) });
          return { me, reset: () => queryClient.resetQueries({ queryKey: ['session'] }) };
        }
      `,
      errors: [{ messageId: 'phantomSessionQuery', suggestions: [] }],
    },
    {
      name: 'a settings key for another query does not exempt the session key',
      filename: BUTTON,
      settings: settingsFor(4, { sessionQueryKeys: ['currentUser'] }),
      code: code`
        import { useQueryClient } from '@tanstack/react-query';
        export function useRefresh() {
          const queryClient = useQueryClient();
          return () => queryClient.invalidateQueries({ queryKey: ['session'] });
        }
      `,
      errors: [{ messageId: 'phantomSessionQuery', suggestions: [] }],
    },
    {
      name: 'v4 positional key with filters: removeQueries([\'session\'], { exact: false })',
      filename: BUTTON,
      settings: V4,
      code: code`
        import { useQueryClient } from '@tanstack/react-query';
        export function useCleanup() {
          const queryClient = useQueryClient();
          return () => queryClient.removeQueries(['session'], { exact: false });
        }
      `,
      errors: [{ messageId: 'phantomSessionQuery', suggestions: [] }],
    },
    {
      name: 'a longer key that starts with session',
      filename: BUTTON,
      settings: V4,
      code: code`
        import { useQueryClient } from '@tanstack/react-query';
        export function useCleanup(userId: string) {
          const queryClient = useQueryClient();
          return () => queryClient.invalidateQueries({ queryKey: ['session', userId] });
        }
      `,
      errors: [{ messageId: 'phantomSessionQuery', suggestions: [] }],
    },
    {
      name: 'useQueryClient() called in place',
      filename: BUTTON,
      settings: V4,
      code: code`
        import { useQueryClient } from '@tanstack/react-query';
        export function useCleanup() {
          const reset = useQueryClient().resetQueries;
          useQueryClient().removeQueries({ queryKey: ['session'] });
          return reset;
        }
      `,
      errors: [{ messageId: 'phantomSessionQuery', data: { call: 'useQueryClient().removeQueries()', key: 'session', advice: OTHER_ADVICE }, suggestions: [{ messageId: 'removeCall', output: code`
        import { useQueryClient } from '@tanstack/react-query';
        export function useCleanup() {
          const reset = useQueryClient().resetQueries;
          return reset;
        }
      ` }] }],
    },
    {
      name: 'a template-literal key',
      filename: BUTTON,
      settings: V4,
      code: code`
        import { QueryClient } from '@tanstack/query-core';
        export const queryClient = new QueryClient();
        export function cleanup() {
          return queryClient.invalidateQueries({ queryKey: [\`session\`] });
        }
      `,
      errors: [{ messageId: 'phantomSessionQuery', suggestions: [] }],
    },
    {
      name: 'the pages-v4 fixture shape: removeQueries after signOut in a Pages Router component',
      filename: file('components/SignOutButton.tsx'),
      settings: V4,
      code: code`
        import { useRouter } from 'next/router';
        import { signOut } from 'next-auth/react';
        import { useQueryClient } from '@tanstack/react-query';
        export function SignOutButton() {
          const router = useRouter();
          const queryClient = useQueryClient();
          async function handleClick() {
            await signOut({ redirect: false });
            queryClient.removeQueries({ queryKey: ['session'] });
            router.push('/login');
          }
          return <button onClick={handleClick}>Sign out</button>;
        }
      `,
      errors: [{ messageId: 'phantomSessionQuery', line: 9, suggestions: [{ messageId: 'removeCall', output: code`
        import { useRouter } from 'next/router';
        import { signOut } from 'next-auth/react';
        import { useQueryClient } from '@tanstack/react-query';
        export function SignOutButton() {
          const router = useRouter();
          const queryClient = useQueryClient();
          async function handleClick() {
            await signOut({ redirect: false });
            router.push('/login');
          }
          return <button onClick={handleClick}>Sign out</button>;
        }
      ` }] }],
    },
  ],
});
