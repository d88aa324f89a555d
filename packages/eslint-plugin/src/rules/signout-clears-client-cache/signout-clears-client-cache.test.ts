import { code, createRuleTester, file, settingsFor } from '../../test-utils/rule-tester.js';
import rule, { RULE_NAME } from './signout-clears-client-cache.rule.js';

const ruleTester = createRuleTester();
const BUTTON = file('components/logout-button.tsx');
const MENU = file('components/user-menu.tsx');

ruleTester.run(RULE_NAME, rule, {
  valid: [
    {
      name: 'next-auth + TanStack: awaited signOut({ redirect: false }), then queryClient.clear()',
      filename: BUTTON,
      code: code`
        'use client';
        import { signOut } from 'next-auth/react';
        import { useQueryClient } from '@tanstack/react-query';
        import { useRouter } from 'next/navigation';
        export function LogoutButton() {
          const queryClient = useQueryClient();
          const router = useRouter();
          async function handleClick() {
            await signOut({ redirect: false });
            queryClient.clear();
            router.push('/login');
          }
          return <button onClick={handleClick}>Sign out</button>;
        }
      `,
    },
    {
      name: "next-auth: signOut({ callbackUrl }) ends in a full page load",
      filename: BUTTON,
      code: code`
        import { signOut } from 'next-auth/react';
        import { useQueryClient } from '@tanstack/react-query';
        export function LogoutButton() {
          const queryClient = useQueryClient();
          return <button onClick={() => signOut({ callbackUrl: '/login' })}>Sign out {queryClient.isFetching()}</button>;
        }
      `,
    },
    {
      name: 'next-auth: signOut() with the default redirect: true',
      filename: BUTTON,
      code: code`
        import { signOut } from 'next-auth/react';
        import { useQueryClient } from '@tanstack/react-query';
        export function LogoutButton() {
          const queryClient = useQueryClient();
          const onClick = () => { void queryClient; signOut(); };
          return <button onClick={onClick}>Sign out</button>;
        }
      `,
    },
    {
      name: 'next-auth: options the rule cannot read count as a page load',
      filename: BUTTON,
      code: code`
        import { signOut } from 'next-auth/react';
        import { useQueryClient } from '@tanstack/react-query';
        export function LogoutButton({ options }) {
          const queryClient = useQueryClient();
          return <button onClick={() => signOut(options)}>Sign out {String(queryClient)}</button>;
        }
      `,
    },
    {
      name: 'redirect: false followed by window.location.href =',
      filename: BUTTON,
      code: code`
        import { signOut } from 'next-auth/react';
        import { useQueryClient } from '@tanstack/react-query';
        export function LogoutButton() {
          const queryClient = useQueryClient();
          async function handleClick() {
            await signOut({ redirect: false });
            window.location.href = '/login';
          }
          return <button onClick={handleClick} data-q={String(queryClient)}>Sign out</button>;
        }
      `,
    },
    {
      name: 'supabase: location.replace() in a then callback',
      filename: BUTTON,
      code: code`
        import { createClient } from '@/utils/supabase/client';
        import { useQueryClient } from '@tanstack/react-query';
        export function LogoutButton() {
          const supabase = createClient();
          const queryClient = useQueryClient();
          const onClick = () => supabase.auth.signOut().then(() => location.replace('/login'));
          return <button onClick={onClick} data-q={String(queryClient)}>Sign out</button>;
        }
      `,
    },
    {
      name: 'TanStack: resetQueries() and removeQueries() without a filter clear every query',
      filename: BUTTON,
      code: code`
        import { signOut } from 'next-auth/react';
        import { useQueryClient } from '@tanstack/react-query';
        export function useSignOut() {
          const queryClient = useQueryClient();
          return {
            async reset() {
              await signOut({ redirect: false });
              await queryClient.resetQueries();
            },
            async remove() {
              await signOut({ redirect: false });
              queryClient.removeQueries();
            },
          };
        }
      `,
    },
    {
      name: 'TanStack: a module-level queryClient from an app module',
      filename: BUTTON,
      code: code`
        import { signOut } from 'next-auth/react';
        import { queryClient } from '@/lib/query-client';
        export async function logout() {
          await signOut({ redirect: false });
          queryClient.clear();
        }
      `,
    },
    {
      name: 'SWR: mutate(() => true, undefined, { revalidate: false }) from useSWRConfig()',
      filename: MENU,
      code: code`
        import { signOut } from 'next-auth/react';
        import { useSWRConfig } from 'swr';
        export function UserMenu() {
          const { mutate } = useSWRConfig();
          async function handleSignOut() {
            await signOut({ redirect: false });
            await mutate(() => true, undefined, { revalidate: false });
          }
          return <button onClick={handleSignOut}>Sign out</button>;
        }
      `,
    },
    {
      name: "SWR: the global mutate imported from 'swr'",
      filename: MENU,
      code: code`
        import { signOut } from 'next-auth/react';
        import { mutate } from 'swr';
        export async function logout() {
          await signOut({ redirect: false });
          await mutate(key => true, undefined, { revalidate: false });
        }
      `,
    },
    {
      name: 'Apollo: clearStore() after the sign-out',
      filename: MENU,
      code: code`
        import { signOut } from 'next-auth/react';
        import { useApolloClient } from '@apollo/client';
        export function UserMenu() {
          const client = useApolloClient();
          async function handleSignOut() {
            await signOut({ redirect: false });
            await client.clearStore();
          }
          return <button onClick={handleSignOut}>Sign out</button>;
        }
      `,
    },
    {
      name: 'RTK Query: dispatch(api.util.resetApiState())',
      filename: MENU,
      code: code`
        import { signOut } from 'next-auth/react';
        import { useDispatch } from 'react-redux';
        import { api } from '@/store/api';
        export function UserMenu() {
          const dispatch = useDispatch();
          async function handleSignOut() {
            await signOut({ redirect: false });
            dispatch(api.util.resetApiState());
          }
          return <button onClick={handleSignOut}>Sign out</button>;
        }
      `,
    },
    {
      name: 'Better Auth: clear in fetchOptions.onSuccess',
      filename: MENU,
      code: code`
        import { authClient } from '@/lib/auth-client';
        import { useQueryClient } from '@tanstack/react-query';
        import { useRouter } from 'next/navigation';
        export function UserMenu() {
          const queryClient = useQueryClient();
          const router = useRouter();
          const handleSignOut = () =>
            authClient.signOut({
              fetchOptions: {
                onSuccess: () => {
                  queryClient.clear();
                  router.push('/login');
                },
              },
            });
          return <button onClick={handleSignOut}>Sign out</button>;
        }
      `,
    },
    {
      name: 'Supabase: auth.signOut() then clear',
      filename: MENU,
      code: code`
        import { createClient } from '@/utils/supabase/client';
        import { useQueryClient } from '@tanstack/react-query';
        export function UserMenu() {
          const supabase = createClient();
          const queryClient = useQueryClient();
          async function handleSignOut() {
            await supabase.auth.signOut();
            queryClient.clear();
          }
          return <button onClick={handleSignOut}>Sign out</button>;
        }
      `,
    },
    {
      name: 'Clerk: useClerk() signOut then clear',
      filename: MENU,
      code: code`
        import { useClerk } from '@clerk/nextjs';
        import { useQueryClient } from '@tanstack/react-query';
        export function UserMenu() {
          const { signOut } = useClerk();
          const queryClient = useQueryClient();
          async function handleSignOut() {
            await signOut();
            queryClient.clear();
          }
          return <button onClick={handleSignOut}>Sign out</button>;
        }
      `,
    },
    {
      name: 'Firebase: signOut(auth) then clear',
      filename: MENU,
      code: code`
        import { getAuth, signOut } from 'firebase/auth';
        import { useQueryClient } from '@tanstack/react-query';
        export function UserMenu() {
          const queryClient = useQueryClient();
          async function handleSignOut() {
            await signOut(getAuth());
            queryClient.clear();
          }
          return <button onClick={handleSignOut}>Sign out</button>;
        }
      `,
    },
    {
      name: 'a clear in a same-file helper called after the sign-out',
      filename: MENU,
      code: code`
        import { signOut } from 'next-auth/react';
        import { QueryClient } from '@tanstack/react-query';
        const queryClient = new QueryClient();
        function resetCaches() {
          queryClient.clear();
        }
        export async function logout() {
          await signOut({ redirect: false });
          resetCaches();
        }
      `,
    },
    {
      name: 'settings: a clientCacheClears helper after the sign-out',
      filename: MENU,
      settings: settingsFor(4, { clientCacheClears: [{ from: 'file', path: 'lib/caches.ts', name: 'resetClientCaches' }] }),
      code: code`
        import { signOut } from 'next-auth/react';
        import { useQueryClient } from '@tanstack/react-query';
        import { resetClientCaches } from '../lib/caches';
        export function UserMenu() {
          const queryClient = useQueryClient();
          async function handleSignOut() {
            await signOut({ redirect: false });
            resetClientCaches(queryClient);
          }
          return <button onClick={handleSignOut}>Sign out</button>;
        }
      `,
    },
    {
      name: 'settings: a useLogout() hook that clears the caches itself (in signOuts and clientCacheClears)',
      filename: MENU,
      settings: settingsFor(4, { signOuts: ['useLogout'], clientCacheClears: ['useLogout'] }),
      code: code`
        import { useLogout } from '@/hooks/use-logout';
        import { useQueryClient } from '@tanstack/react-query';
        export function UserMenu() {
          const logout = useLogout();
          const queryClient = useQueryClient();
          return <button onClick={async () => { await logout(); }} data-q={String(queryClient)}>Sign out</button>;
        }
      `,
    },
    {
      name: 'no client cache in the file: nothing to clear here',
      filename: BUTTON,
      code: code`
        import { signOut } from 'next-auth/react';
        import { useRouter } from 'next/navigation';
        export function LogoutButton() {
          const router = useRouter();
          async function handleClick() {
            await signOut({ redirect: false });
            router.push('/login');
          }
          return <button onClick={handleClick}>Sign out</button>;
        }
      `,
    },
    {
      name: 'a file that only reads queries (useQuery) does not reach the client',
      filename: BUTTON,
      code: code`
        import { signOut } from 'next-auth/react';
        import { useQuery } from '@tanstack/react-query';
        export function LogoutButton() {
          const { data } = useQuery({ queryKey: ['me'], queryFn: () => fetch('/api/me').then(r => r.json()) });
          return <button onClick={() => signOut({ redirect: false })}>Sign out {data?.name}</button>;
        }
      `,
    },
    {
      name: 'a server action signing out with Supabase (no client cache)',
      filename: file('app/actions.ts'),
      code: code`
        'use server';
        import { createClient } from '@/utils/supabase/server';
        import { redirect } from 'next/navigation';
        export async function signOutAction() {
          const supabase = await createClient();
          await supabase.auth.signOut();
          redirect('/login');
        }
      `,
    },
    {
      name: 'useSWR’s bound mutate is not the cache client; the global one clears',
      filename: MENU,
      code: code`
        import { signOut } from 'next-auth/react';
        import useSWR, { useSWRConfig } from 'swr';
        export function UserMenu() {
          const { data, mutate: refresh } = useSWR('/api/me');
          const { mutate } = useSWRConfig();
          async function handleSignOut() {
            await signOut({ redirect: false });
            await mutate(() => true, undefined, { revalidate: false });
            void refresh;
          }
          return <button onClick={handleSignOut}>{data?.name}</button>;
        }
      `,
    },
    {
      name: 'the suggested output with the added hook and import no longer reports',
      filename: BUTTON,
      code: code`
        import { signOut } from 'next-auth/react';
        import { QueryClient } from '@tanstack/react-query';
        import { useQueryClient } from '@tanstack/react-query';
        export function LogoutButton() {
          const queryClient = useQueryClient();
          const onClick = async () => {
            await signOut({ redirect: false });
            queryClient.clear();
          };
          return <button onClick={onClick} data-c={String(QueryClient)} />;
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'next-auth + TanStack: signOut({ redirect: false }) and router.push, nothing cleared',
      filename: BUTTON,
      code: code`
        'use client';
        import { signOut } from 'next-auth/react';
        import { useQueryClient } from '@tanstack/react-query';
        import { useRouter } from 'next/navigation';
        export function LogoutButton() {
          const queryClient = useQueryClient();
          const router = useRouter();
          async function handleClick() {
            await signOut({ redirect: false });
            router.push('/login');
          }
          return <button onClick={handleClick} data-q={String(queryClient)}>Sign out</button>;
        }
      `,
      errors: [
        {
          messageId: 'missingClear',
          line: 9,
          data: { cache: 'TanStack Query', clear: 'queryClient.clear()' },
          suggestions: [
            {
              messageId: 'insertClear',
              data: { cache: 'TanStack Query', clear: 'queryClient.clear()' },
              output: code`
                'use client';
                import { signOut } from 'next-auth/react';
                import { useQueryClient } from '@tanstack/react-query';
                import { useRouter } from 'next/navigation';
                export function LogoutButton() {
                  const queryClient = useQueryClient();
                  const router = useRouter();
                  async function handleClick() {
                    await signOut({ redirect: false });
                    queryClient.clear();
                    router.push('/login');
                  }
                  return <button onClick={handleClick} data-q={String(queryClient)}>Sign out</button>;
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: "the seed's Solution 3: removeQueries({ queryKey: ['session'] }) removes one key",
      filename: BUTTON,
      code: code`
        import { signOut } from 'next-auth/react';
        import { useQueryClient } from '@tanstack/react-query';
        export function LogoutButton() {
          const queryClient = useQueryClient();
          async function handleClick() {
            await signOut({ redirect: false });
            queryClient.removeQueries({ queryKey: ['session'], exact: false });
          }
          return <button onClick={handleClick}>Sign out</button>;
        }
      `,
      errors: [
        {
          messageId: 'insufficientClear',
          data: {
            call: 'queryClient.removeQueries()',
            cache: 'TanStack Query',
            reason: 'only touches the queries its filter matches; every other query keeps the previous user’s data',
            clear: 'queryClient.clear()',
          },
          suggestions: [
            {
              messageId: 'insertClear',
              output: code`
                import { signOut } from 'next-auth/react';
                import { useQueryClient } from '@tanstack/react-query';
                export function LogoutButton() {
                  const queryClient = useQueryClient();
                  async function handleClick() {
                    await signOut({ redirect: false });
                    queryClient.clear();
                    queryClient.removeQueries({ queryKey: ['session'], exact: false });
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
      name: 'TanStack: invalidateQueries() keeps the data and refetches',
      filename: BUTTON,
      code: code`
        import { signOut } from 'next-auth/react';
        import { useQueryClient } from '@tanstack/react-query';
        export function useLogout() {
          const queryClient = useQueryClient();
          return async () => {
            await signOut({ redirect: false });
            await queryClient.invalidateQueries();
          };
        }
      `,
      errors: [
        {
          messageId: 'insufficientClear',
          data: {
            call: 'queryClient.invalidateQueries()',
            cache: 'TanStack Query',
            reason: 'keeps the previous user’s data on screen and refetches it, racing the sign-out',
            clear: 'queryClient.clear()',
          },
          suggestions: [
            {
              messageId: 'insertClear',
              output: code`
                import { signOut } from 'next-auth/react';
                import { useQueryClient } from '@tanstack/react-query';
                export function useLogout() {
                  const queryClient = useQueryClient();
                  return async () => {
                    await signOut({ redirect: false });
                    queryClient.clear();
                    await queryClient.invalidateQueries();
                  };
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'TanStack: refetchQueries() keeps the data',
      filename: BUTTON,
      code: code`
        import { signOut } from 'next-auth/react';
        import { QueryClient } from '@tanstack/react-query';
        const queryClient = new QueryClient();
        export async function logout() {
          await signOut({ redirect: false });
          await queryClient.refetchQueries();
        }
      `,
      errors: [{ messageId: 'insufficientClear', suggestions: [{ messageId: 'insertClear', output: code`
        import { signOut } from 'next-auth/react';
        import { QueryClient } from '@tanstack/react-query';
        const queryClient = new QueryClient();
        export async function logout() {
          await signOut({ redirect: false });
          queryClient.clear();
          await queryClient.refetchQueries();
        }
      ` }] }],
    },
    {
      name: 'TanStack: resetQueries with a filter resets only some queries',
      filename: BUTTON,
      code: code`
        import { signOut } from 'next-auth/react';
        import { queryClient } from '@/lib/query-client';
        export async function logout() {
          await signOut({ redirect: false });
          await queryClient.resetQueries({ queryKey: ['me'] });
        }
      `,
      errors: [{ messageId: 'insufficientClear', suggestions: [{ messageId: 'insertClear', output: code`
        import { signOut } from 'next-auth/react';
        import { queryClient } from '@/lib/query-client';
        export async function logout() {
          await signOut({ redirect: false });
          queryClient.clear();
          await queryClient.resetQueries({ queryKey: ['me'] });
        }
      ` }] }],
    },
    {
      name: 'TanStack: clear() before the sign-out has finished',
      filename: BUTTON,
      code: code`
        import { signOut } from 'next-auth/react';
        import { queryClient } from '@/lib/query-client';
        export async function logout() {
          queryClient.clear();
          await signOut({ redirect: false });
        }
      `,
      errors: [{ messageId: 'clearBeforeSignOut', suggestions: [{ messageId: 'insertClear', output: code`
        import { signOut } from 'next-auth/react';
        import { queryClient } from '@/lib/query-client';
        export async function logout() {
          queryClient.clear();
          await signOut({ redirect: false });
          queryClient.clear();
        }
      ` }] }],
    },
    {
      name: 'a bare sign-out in an async function: the suggestion awaits it first',
      filename: BUTTON,
      code: code`
        import { signOut } from 'next-auth/react';
        import { queryClient } from '@/lib/query-client';
        export async function logout() {
          signOut({ redirect: false });
        }
      `,
      errors: [{ messageId: 'missingClear', suggestions: [{ messageId: 'insertClear', output: code`
        import { signOut } from 'next-auth/react';
        import { queryClient } from '@/lib/query-client';
        export async function logout() {
          await signOut({ redirect: false });
          queryClient.clear();
        }
      ` }] }],
    },
    {
      name: 'no queryClient in this component: the suggestion adds useQueryClient()',
      filename: BUTTON,
      code: code`
        import { signOut } from 'next-auth/react';
        import { useQueryClient } from '@tanstack/react-query';
        export function LogoutButton() {
          const label = 'Sign out';
          async function handleClick() {
            await signOut({ redirect: false });
          }
          return <button onClick={handleClick}>{label}</button>;
        }
        export function Other() {
          return String(useQueryClient());
        }
      `,
      errors: [{ messageId: 'missingClear', suggestions: [{ messageId: 'insertClear', output: code`
        import { signOut } from 'next-auth/react';
        import { useQueryClient } from '@tanstack/react-query';
        export function LogoutButton() {
          const queryClient = useQueryClient();
          const label = 'Sign out';
          async function handleClick() {
            await signOut({ redirect: false });
            queryClient.clear();
          }
          return <button onClick={handleClick}>{label}</button>;
        }
        export function Other() {
          return String(useQueryClient());
        }
      ` }] }],
    },
    {
      name: 'useQueryClient not imported yet: the suggestion imports it',
      filename: BUTTON,
      code: code`
        import { useState } from 'react';
        import { signOut } from 'next-auth/react';
        import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
        export function LogoutButton() {
          const onClick = async () => {
            await signOut({ redirect: false });
          };
          return <button onClick={onClick} />;
        }
        export function Providers({ children }) {
          const [client] = useState(() => new QueryClient());
          return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
        }
      `,
      errors: [{ messageId: 'missingClear', suggestions: [{ messageId: 'insertClear', output: code`
        import { useState } from 'react';
        import { signOut } from 'next-auth/react';
        import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
        import { useQueryClient } from '@tanstack/react-query';
        export function LogoutButton() {
          const queryClient = useQueryClient();
          const onClick = async () => {
            await signOut({ redirect: false });
            queryClient.clear();
          };
          return <button onClick={onClick} />;
        }
        export function Providers({ children }) {
          const [client] = useState(() => new QueryClient());
          return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
        }
      ` }] }],
    },
    {
      name: 'next-auth: redirect: false with a callbackUrl is still no page load',
      filename: BUTTON,
      code: code`
        import { signOut } from 'next-auth/react';
        import { queryClient } from '@/lib/query-client';
        export async function logout() {
          const result = await signOut({ redirect: false, callbackUrl: '/login' });
          return result.url;
        }
      `,
      errors: [{ messageId: 'missingClear', suggestions: [{ messageId: 'insertClear', output: code`
        import { signOut } from 'next-auth/react';
        import { queryClient } from '@/lib/query-client';
        export async function logout() {
          const result = await signOut({ redirect: false, callbackUrl: '/login' });
          queryClient.clear();
          return result.url;
        }
      ` }] }],
    },
    {
      name: 'an inline onClick sign-out: reported, no statement to insert after',
      filename: BUTTON,
      code: code`
        import { signOut } from 'next-auth/react';
        import { useQueryClient } from '@tanstack/react-query';
        export function LogoutButton() {
          const queryClient = useQueryClient();
          return <button onClick={() => signOut({ redirect: false })} data-q={String(queryClient)}>Sign out</button>;
        }
      `,
      errors: [{ messageId: 'missingClear', suggestions: [] }],
    },
    {
      name: 'SWR: mutate of one key revalidates it and keeps the rest',
      filename: MENU,
      code: code`
        import { signOut } from 'next-auth/react';
        import { useSWRConfig } from 'swr';
        export function UserMenu() {
          const { mutate } = useSWRConfig();
          async function handleSignOut() {
            await signOut({ redirect: false });
            await mutate('/api/me');
          }
          return <button onClick={handleSignOut}>Sign out</button>;
        }
      `,
      errors: [{ messageId: 'insufficientClear', suggestions: [{ messageId: 'insertClear', output: code`
        import { signOut } from 'next-auth/react';
        import { useSWRConfig } from 'swr';
        export function UserMenu() {
          const { mutate } = useSWRConfig();
          async function handleSignOut() {
            await signOut({ redirect: false });
            await mutate(() => true, undefined, { revalidate: false });
            await mutate('/api/me');
          }
          return <button onClick={handleSignOut}>Sign out</button>;
        }
      ` }] }],
    },
    {
      name: 'SWR: mutate(() => true) without undefined only revalidates',
      filename: MENU,
      code: code`
        import { signOut } from 'next-auth/react';
        import { mutate } from 'swr';
        export async function logout() {
          await signOut({ redirect: false });
          await mutate(() => true);
        }
      `,
      errors: [{ messageId: 'insufficientClear', suggestions: [{ messageId: 'insertClear', output: code`
        import { signOut } from 'next-auth/react';
        import { mutate } from 'swr';
        export async function logout() {
          await signOut({ redirect: false });
          await mutate(() => true, undefined, { revalidate: false });
          await mutate(() => true);
        }
      ` }] }],
    },
    {
      name: 'SWR: nothing cleared, useSWRConfig added by the suggestion',
      filename: MENU,
      code: code`
        import { signOut } from 'next-auth/react';
        import useSWR, { useSWRConfig } from 'swr';
        export function UserMenu() {
          const { data } = useSWR('/api/me');
          async function handleSignOut() {
            await signOut({ redirect: false });
          }
          return <button onClick={handleSignOut}>{data?.name}</button>;
        }
        export const useCache = () => useSWRConfig();
      `,
      errors: [{ messageId: 'missingClear', data: { cache: 'SWR', clear: 'mutate(() => true, undefined, { revalidate: false })' }, suggestions: [{ messageId: 'insertClear', output: code`
        import { signOut } from 'next-auth/react';
        import useSWR, { useSWRConfig } from 'swr';
        export function UserMenu() {
          const { mutate } = useSWRConfig();
          const { data } = useSWR('/api/me');
          async function handleSignOut() {
            await signOut({ redirect: false });
            await mutate(() => true, undefined, { revalidate: false });
          }
          return <button onClick={handleSignOut}>{data?.name}</button>;
        }
        export const useCache = () => useSWRConfig();
      ` }] }],
    },
    {
      name: 'Apollo: resetStore() refetches without credentials',
      filename: MENU,
      code: code`
        import { signOut } from 'next-auth/react';
        import { useApolloClient } from '@apollo/client';
        export function UserMenu() {
          const client = useApolloClient();
          async function handleSignOut() {
            await signOut({ redirect: false });
            await client.resetStore();
          }
          return <button onClick={handleSignOut}>Sign out</button>;
        }
      `,
      errors: [{ messageId: 'insufficientClear', data: { call: 'client.resetStore()', cache: 'Apollo Client', reason: 'refetches every active query right away, without credentials; use clearStore(), which does not refetch', clear: 'client.clearStore()' }, suggestions: [{ messageId: 'insertClear', output: code`
        import { signOut } from 'next-auth/react';
        import { useApolloClient } from '@apollo/client';
        export function UserMenu() {
          const client = useApolloClient();
          async function handleSignOut() {
            await signOut({ redirect: false });
            await client.clearStore();
            await client.resetStore();
          }
          return <button onClick={handleSignOut}>Sign out</button>;
        }
      ` }] }],
    },
    {
      name: 'Apollo: nothing cleared, useApolloClient added by the suggestion',
      filename: MENU,
      code: code`
        import { signOut } from 'next-auth/react';
        import { useApolloClient, useQuery } from '@apollo/client';
        export function UserMenu({ query }) {
          const { data } = useQuery(query);
          const handleSignOut = async () => {
            await signOut({ redirect: false });
          };
          return <button onClick={handleSignOut}>{data?.me.name}</button>;
        }
        export const useClient = useApolloClient;
      `,
      errors: [{ messageId: 'missingClear', suggestions: [{ messageId: 'insertClear', output: code`
        import { signOut } from 'next-auth/react';
        import { useApolloClient, useQuery } from '@apollo/client';
        export function UserMenu({ query }) {
          const client = useApolloClient();
          const { data } = useQuery(query);
          const handleSignOut = async () => {
            await signOut({ redirect: false });
            await client.clearStore();
          };
          return <button onClick={handleSignOut}>{data?.me.name}</button>;
        }
        export const useClient = useApolloClient;
      ` }] }],
    },
    {
      name: 'RTK Query: invalidateTags keeps the data',
      filename: MENU,
      code: code`
        import { signOut } from 'next-auth/react';
        import { useAppDispatch } from '@/store/hooks';
        import { api } from '@/store/api';
        export function UserMenu() {
          const dispatch = useAppDispatch();
          async function handleSignOut() {
            await signOut({ redirect: false });
            dispatch(api.util.invalidateTags(['User']));
          }
          return <button onClick={handleSignOut}>Sign out</button>;
        }
      `,
      errors: [{ messageId: 'insufficientClear', data: { call: 'api.util.invalidateTags()', cache: 'RTK Query', reason: 'keeps the previous user’s data on screen and refetches it, racing the sign-out', clear: 'dispatch(api.util.resetApiState())' }, suggestions: [{ messageId: 'insertClear', output: code`
        import { signOut } from 'next-auth/react';
        import { useAppDispatch } from '@/store/hooks';
        import { api } from '@/store/api';
        export function UserMenu() {
          const dispatch = useAppDispatch();
          async function handleSignOut() {
            await signOut({ redirect: false });
            dispatch(api.util.resetApiState());
            dispatch(api.util.invalidateTags(['User']));
          }
          return <button onClick={handleSignOut}>Sign out</button>;
        }
      ` }] }],
    },
    {
      name: 'RTK Query: no dispatch in scope, so no suggestion',
      filename: MENU,
      code: code`
        import { signOut } from 'next-auth/react';
        import { useDispatch } from 'react-redux';
        import { apiSlice } from '@/store/api-slice';
        export async function logout() {
          await signOut({ redirect: false });
        }
        export const useStoreDispatch = () => [useDispatch(), apiSlice];
      `,
      errors: [{ messageId: 'missingClear', data: { cache: 'RTK Query', clear: 'dispatch(apiSlice.util.resetApiState())' }, suggestions: [] }],
    },
    {
      name: 'Better Auth: authClient.signOut() then router.push',
      filename: MENU,
      code: code`
        import { authClient } from '@/lib/auth-client';
        import { useQueryClient } from '@tanstack/react-query';
        import { useRouter } from 'next/navigation';
        export function UserMenu() {
          const queryClient = useQueryClient();
          const router = useRouter();
          async function handleSignOut() {
            await authClient.signOut();
            router.push('/login');
          }
          return <button onClick={handleSignOut} data-q={String(queryClient)}>Sign out</button>;
        }
      `,
      errors: [{ messageId: 'missingClear', suggestions: [{ messageId: 'insertClear', output: code`
        import { authClient } from '@/lib/auth-client';
        import { useQueryClient } from '@tanstack/react-query';
        import { useRouter } from 'next/navigation';
        export function UserMenu() {
          const queryClient = useQueryClient();
          const router = useRouter();
          async function handleSignOut() {
            await authClient.signOut();
            queryClient.clear();
            router.push('/login');
          }
          return <button onClick={handleSignOut} data-q={String(queryClient)}>Sign out</button>;
        }
      ` }] }],
    },
    {
      name: 'Better Auth: signOut destructured from createAuthClient() in an app module',
      filename: MENU,
      code: code`
        import { signOut } from '~/lib/auth-client';
        import { queryClient } from '~/lib/query-client';
        export async function logout() {
          await signOut({ fetchOptions: { onSuccess: () => console.log('bye') } });
        }
      `,
      errors: [{ messageId: 'missingClear', suggestions: [{ messageId: 'insertClear', output: code`
        import { signOut } from '~/lib/auth-client';
        import { queryClient } from '~/lib/query-client';
        export async function logout() {
          await signOut({ fetchOptions: { onSuccess: () => console.log('bye') } });
          queryClient.clear();
        }
      ` }] }],
    },
    {
      name: 'Supabase: client auth.signOut() and router.refresh()',
      filename: MENU,
      code: code`
        import { createBrowserClient } from '@supabase/ssr';
        import { useQueryClient } from '@tanstack/react-query';
        import { useRouter } from 'next/navigation';
        const supabase = createBrowserClient('url', 'key');
        export function UserMenu() {
          const queryClient = useQueryClient();
          const router = useRouter();
          async function handleSignOut() {
            await supabase.auth.signOut();
            router.refresh();
          }
          return <button onClick={handleSignOut} data-q={String(queryClient)}>Sign out</button>;
        }
      `,
      errors: [{ messageId: 'missingClear', suggestions: [{ messageId: 'insertClear', output: code`
        import { createBrowserClient } from '@supabase/ssr';
        import { useQueryClient } from '@tanstack/react-query';
        import { useRouter } from 'next/navigation';
        const supabase = createBrowserClient('url', 'key');
        export function UserMenu() {
          const queryClient = useQueryClient();
          const router = useRouter();
          async function handleSignOut() {
            await supabase.auth.signOut();
            queryClient.clear();
            router.refresh();
          }
          return <button onClick={handleSignOut} data-q={String(queryClient)}>Sign out</button>;
        }
      ` }] }],
    },
    {
      name: 'Clerk: useClerk().signOut() called in place',
      filename: MENU,
      code: code`
        import { useClerk } from '@clerk/nextjs';
        import { queryClient } from '@/lib/query-client';
        export function UserMenu() {
          const clerk = useClerk();
          const onClick = async () => {
            await clerk.signOut();
          };
          return <button onClick={onClick}>Sign out</button>;
        }
      `,
      errors: [{ messageId: 'missingClear', suggestions: [{ messageId: 'insertClear', output: code`
        import { useClerk } from '@clerk/nextjs';
        import { queryClient } from '@/lib/query-client';
        export function UserMenu() {
          const clerk = useClerk();
          const onClick = async () => {
            await clerk.signOut();
            queryClient.clear();
          };
          return <button onClick={onClick}>Sign out</button>;
        }
      ` }] }],
    },
    {
      name: 'Clerk: signOut from useAuth()',
      filename: MENU,
      code: code`
        import { useAuth } from '@clerk/nextjs';
        import { queryClient } from '@/lib/query-client';
        export function UserMenu() {
          const { signOut } = useAuth();
          return <button onClick={() => signOut()}>Sign out</button>;
        }
      `,
      errors: [{ messageId: 'missingClear', suggestions: [] }],
    },
    {
      name: 'Firebase: signOut(auth) from firebase/auth',
      filename: MENU,
      code: code`
        import { signOut } from 'firebase/auth';
        import { auth } from '@/lib/firebase';
        import { queryClient } from '@/lib/query-client';
        export async function logout() {
          await signOut(auth);
        }
      `,
      errors: [{ messageId: 'missingClear', suggestions: [{ messageId: 'insertClear', output: code`
        import { signOut } from 'firebase/auth';
        import { auth } from '@/lib/firebase';
        import { queryClient } from '@/lib/query-client';
        export async function logout() {
          await signOut(auth);
          queryClient.clear();
        }
      ` }] }],
    },
    {
      name: 'Firebase: getAuth().signOut()',
      filename: MENU,
      code: code`
        import { getAuth } from 'firebase/auth';
        import { queryClient } from '@/lib/query-client';
        export async function logout() {
          await getAuth().signOut();
        }
      `,
      errors: [{ messageId: 'missingClear', suggestions: [{ messageId: 'insertClear', output: code`
        import { getAuth } from 'firebase/auth';
        import { queryClient } from '@/lib/query-client';
        export async function logout() {
          await getAuth().signOut();
          queryClient.clear();
        }
      ` }] }],
    },
    {
      name: 'settings: the function a useLogout() hook returns is a sign-out',
      filename: MENU,
      settings: settingsFor(4, { signOuts: ['useLogout'] }),
      code: code`
        import { useLogout } from '@/hooks/use-logout';
        import { useQueryClient } from '@tanstack/react-query';
        export function UserMenu() {
          const queryClient = useQueryClient();
          const logout = useLogout();
          async function handleSignOut() {
            await logout();
          }
          return <button onClick={handleSignOut} data-q={String(queryClient)}>Sign out</button>;
        }
      `,
      errors: [{ messageId: 'missingClear', suggestions: [{ messageId: 'insertClear', output: code`
        import { useLogout } from '@/hooks/use-logout';
        import { useQueryClient } from '@tanstack/react-query';
        export function UserMenu() {
          const queryClient = useQueryClient();
          const logout = useLogout();
          async function handleSignOut() {
            await logout();
            queryClient.clear();
          }
          return <button onClick={handleSignOut} data-q={String(queryClient)}>Sign out</button>;
        }
      ` }] }],
    },
    {
      name: 'settings: a plain logout() wrapper named by file',
      filename: MENU,
      settings: settingsFor(4, { signOuts: [{ from: 'file', path: 'lib/logout.ts', name: 'logout' }] }),
      code: code`
        import { logout } from '../lib/logout';
        import { queryClient } from '@/lib/query-client';
        export async function onLogoutClick() {
          await logout();
        }
      `,
      errors: [{ messageId: 'missingClear', suggestions: [{ messageId: 'insertClear', output: code`
        import { logout } from '../lib/logout';
        import { queryClient } from '@/lib/query-client';
        export async function onLogoutClick() {
          await logout();
          queryClient.clear();
        }
      ` }] }],
    },
    {
      name: 'inside useCallback in a component',
      filename: MENU,
      code: code`
        import { useCallback } from 'react';
        import { signOut } from 'next-auth/react';
        import { useQueryClient } from '@tanstack/react-query';
        export function UserMenu() {
          const queryClient = useQueryClient();
          const handleSignOut = useCallback(async () => {
            await signOut({ redirect: false });
          }, []);
          return <button onClick={handleSignOut} data-q={String(queryClient)}>Sign out</button>;
        }
      `,
      errors: [{ messageId: 'missingClear', suggestions: [{ messageId: 'insertClear', output: code`
        import { useCallback } from 'react';
        import { signOut } from 'next-auth/react';
        import { useQueryClient } from '@tanstack/react-query';
        export function UserMenu() {
          const queryClient = useQueryClient();
          const handleSignOut = useCallback(async () => {
            await signOut({ redirect: false });
            queryClient.clear();
          }, []);
          return <button onClick={handleSignOut} data-q={String(queryClient)}>Sign out</button>;
        }
      ` }] }],
    },
    {
      name: 'two caches in reach: TanStack cleared, SWR left behind',
      filename: MENU,
      code: code`
        import { signOut } from 'next-auth/react';
        import { useQueryClient } from '@tanstack/react-query';
        import { useSWRConfig } from 'swr';
        export function UserMenu() {
          const queryClient = useQueryClient();
          const { mutate } = useSWRConfig();
          async function handleSignOut() {
            await signOut({ redirect: false });
            queryClient.clear();
          }
          return <button onClick={handleSignOut} data-m={String(mutate)}>Sign out</button>;
        }
      `,
      errors: [{ messageId: 'missingClear', data: { cache: 'SWR', clear: 'mutate(() => true, undefined, { revalidate: false })' }, suggestions: [{ messageId: 'insertClear', output: code`
        import { signOut } from 'next-auth/react';
        import { useQueryClient } from '@tanstack/react-query';
        import { useSWRConfig } from 'swr';
        export function UserMenu() {
          const queryClient = useQueryClient();
          const { mutate } = useSWRConfig();
          async function handleSignOut() {
            await signOut({ redirect: false });
            await mutate(() => true, undefined, { revalidate: false });
            queryClient.clear();
          }
          return <button onClick={handleSignOut} data-m={String(mutate)}>Sign out</button>;
        }
      ` }] }],
    },
  ],
});
