import { code, createRuleTester, file, settingsFor } from '../../test-utils/rule-tester.js';
import rule, { RULE_NAME } from './no-client-session-fetch.rule.js';

const ruleTester = createRuleTester();
const COMPONENT = file('components/user-menu.tsx');
const PAGE = file('pages/account.tsx');
const V4 = settingsFor(4);
const V5 = settingsFor(5);

ruleTester.run(RULE_NAME, rule, {
  valid: [
    {
      name: 'useSession() in a client component',
      filename: COMPONENT,
      settings: V4,
      code: code`
        'use client';
        import { useSession } from 'next-auth/react';
        export function UserMenu() {
          const { data: session, status } = useSession();
          return status === 'authenticated' ? <span>{session.user?.name}</span> : null;
        }
      `,
    },
    {
      name: 'getSession() outside React',
      filename: file('lib/api-client.ts'),
      settings: V4,
      code: code`
        'use client';
        import { getSession } from 'next-auth/react';
        export async function authHeaders() {
          const session = await getSession();
          return session ? { Authorization: \`Bearer \${session.accessToken}\` } : {};
        }
      `,
    },
    {
      name: 'a server component may fetch anything (no use client)',
      filename: file('app/dashboard/page.tsx'),
      settings: V4,
      code: code`
        export default async function Page() {
          const res = await fetch('http://localhost:3000/api/auth/session', { cache: 'no-store' });
          return <pre>{JSON.stringify(await res.json())}</pre>;
        }
      `,
    },
    {
      name: 'a route handler (server code)',
      filename: file('app/api/me/route.ts'),
      settings: V4,
      code: `export async function GET() { return fetch('http://localhost:3000/api/auth/session'); }`,
    },
    {
      name: 'other endpoints under the auth base path',
      filename: COMPONENT,
      settings: V4,
      code: code`
        'use client';
        export async function loadProviders() {
          return (await fetch('/api/auth/providers')).json();
        }
        export const session = 'x';
      `,
    },
    {
      name: 'an app endpoint whose path merely ends in session-like text',
      filename: COMPONENT,
      settings: V4,
      code: code`
        'use client';
        export const load = () => fetch('/api/chat/session-history');
      `,
    },
    {
      name: 'an app session endpoint outside the auth base path',
      filename: COMPONENT,
      settings: V4,
      code: code`
        'use client';
        export const load = () => fetch('/api/session');
      `,
    },
    {
      name: 'a project that does not use next-auth',
      filename: COMPONENT,
      code: code`
        'use client';
        export const load = () => fetch('/api/auth/session');
      `,
    },
    {
      name: 'a custom base path: the default endpoint is not next-auth',
      filename: COMPONENT,
      settings: settingsFor(4, { authBasePath: '/api/identity' }),
      code: code`
        'use client';
        export const load = () => fetch('/api/auth/session');
      `,
    },
    {
      name: 'a dynamic URL the rule cannot read',
      filename: COMPONENT,
      settings: V4,
      code: code`
        'use client';
        export const load = (endpoint: string) => fetch(endpoint).then(r => r.json());
        export const session = 1;
      `,
    },
    {
      name: 'a local function named fetch',
      filename: COMPONENT,
      settings: V4,
      code: code`
        'use client';
        const fetch = (url: string) => url;
        export const session = fetch('/api/auth/session');
      `,
    },
    {
      name: 'middleware is server code',
      filename: file('middleware.ts'),
      settings: V4,
      code: `export async function middleware(req: Request) { await fetch(new URL('/api/auth/session', req.url)); }`,
    },
    {
      name: "a 'use server' action",
      filename: file('app/actions.ts'),
      settings: V4,
      code: code`
        'use server';
        export async function whoAmI() {
          return (await fetch('http://localhost:3000/api/auth/session')).json();
        }
      `,
    },
    {
      name: 'suggestion output: getSession() imported after use client',
      filename: COMPONENT,
      settings: V4,
      code: code`
        'use client';
        import { getSession } from 'next-auth/react';
        export async function load() {
          return getSession();
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'fetch(...).then(r => r.json()) in a useEffect',
      filename: COMPONENT,
      settings: V4,
      code: code`
        'use client';
        import { useEffect, useState } from 'react';
        export function UserMenu() {
          const [session, setSession] = useState(null);
          useEffect(() => {
            fetch('/api/auth/session').then(res => res.json()).then(setSession);
          }, []);
          return null;
        }
      `,
      errors: [
        {
          messageId: 'sessionFetch',
          suggestions: [
            {
              messageId: 'useGetSession',
              output: code`
                'use client';
                import { useEffect, useState } from 'react';
                import { getSession } from 'next-auth/react';
                export function UserMenu() {
                  const [session, setSession] = useState(null);
                  useEffect(() => {
                    getSession().then(setSession);
                  }, []);
                  return null;
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: '(await fetch(url)).json() with next-auth/react already imported',
      filename: COMPONENT,
      settings: V4,
      code: code`
        'use client';
        import { signOut } from 'next-auth/react';
        export async function currentUser() {
          const session = await (await fetch('/api/auth/session')).json();
          if (!session.user) await signOut();
          return session.user;
        }
      `,
      errors: [
        {
          messageId: 'sessionFetch',
          suggestions: [
            {
              messageId: 'useGetSession',
              output: code`
                'use client';
                import { signOut } from 'next-auth/react';
                import { getSession } from 'next-auth/react';
                export async function currentUser() {
                  const session = await getSession();
                  if (!session.user) await signOut();
                  return session.user;
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'getSession already imported under another name',
      filename: COMPONENT,
      settings: V4,
      code: code`
        'use client';
        import { getSession as readSession } from 'next-auth/react';
        export const load = () => fetch('/api/auth/session').then(r => r.json());
        export const other = readSession;
      `,
      errors: [
        {
          messageId: 'sessionFetch',
          suggestions: [
            {
              messageId: 'useGetSession',
              output: code`
                'use client';
                import { getSession as readSession } from 'next-auth/react';
                export const load = () => readSession();
                export const other = readSession;
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a file with only the directive: the import goes after it',
      filename: COMPONENT,
      settings: V4,
      code: code`
        'use client';
        export const load = () => fetch('/api/auth/session').then(r => r.json());
      `,
      errors: [
        {
          messageId: 'sessionFetch',
          suggestions: [
            {
              messageId: 'useGetSession',
              output: code`
                'use client';
                import { getSession } from 'next-auth/react';
                export const load = () => getSession();
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'fetch with options: reported without a suggestion',
      filename: COMPONENT,
      settings: V4,
      code: code`
        'use client';
        export const load = () => fetch('/api/auth/session', { cache: 'no-store' }).then(r => r.json());
      `,
      errors: [{ messageId: 'sessionFetch', suggestions: [] }],
    },
    {
      name: 'the Response kept: reported without a suggestion',
      filename: COMPONENT,
      settings: V4,
      code: code`
        'use client';
        export async function isSignedIn() {
          const res = await fetch('/api/auth/session');
          return res.ok && Object.keys(await res.json()).length > 0;
        }
      `,
      errors: [{ messageId: 'sessionFetch', suggestions: [] }],
    },
    {
      name: 'a local getSession takes the name: no suggestion',
      filename: COMPONENT,
      settings: V4,
      code: code`
        'use client';
        function getSession() { return null; }
        export const load = () => fetch('/api/auth/session').then(r => r.json());
        export const x = getSession;
      `,
      errors: [{ messageId: 'sessionFetch', suggestions: [] }],
    },
    {
      name: 'polling the endpoint with setInterval',
      filename: COMPONENT,
      settings: V4,
      code: code`
        'use client';
        import { useEffect } from 'react';
        export function useSessionWatch(onChange: (s: unknown) => void) {
          useEffect(() => {
            const id = setInterval(async () => {
              const res = await fetch('/api/auth/session');
              onChange(await res.json());
            }, 5000);
            return () => clearInterval(id);
          }, [onChange]);
        }
      `,
      errors: [{ messageId: 'sessionFetch', suggestions: [] }],
    },
    {
      name: 'an absolute URL built from an env var',
      filename: COMPONENT,
      settings: V4,
      code: code`
        'use client';
        export const load = () => fetch(\`\${process.env.NEXT_PUBLIC_APP_URL}/api/auth/session\`).then(r => r.json());
      `,
      errors: [
        {
          messageId: 'sessionFetch',
          suggestions: [
            {
              messageId: 'useGetSession',
              output: code`
                'use client';
                import { getSession } from 'next-auth/react';
                export const load = () => getSession();
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a query string on the endpoint',
      filename: COMPONENT,
      settings: V4,
      code: code`
        'use client';
        export const load = () => fetch('/api/auth/session?update=1');
      `,
      errors: [{ messageId: 'sessionFetch', suggestions: [] }],
    },
    {
      name: 'a TanStack Query queryFn',
      filename: COMPONENT,
      settings: V4,
      code: code`
        'use client';
        import { useQuery } from '@tanstack/react-query';
        export function useMe() {
          return useQuery({ queryKey: ['session'], queryFn: () => fetch('/api/auth/session').then(r => r.json()) });
        }
      `,
      errors: [
        {
          messageId: 'sessionFetch',
          suggestions: [
            {
              messageId: 'useGetSession',
              output: code`
                'use client';
                import { useQuery } from '@tanstack/react-query';
                import { getSession } from 'next-auth/react';
                export function useMe() {
                  return useQuery({ queryKey: ['session'], queryFn: () => getSession() });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'Pages Router page (client code without the directive)',
      filename: PAGE,
      settings: V4,
      code: code`
        import { useEffect } from 'react';
        export default function Account() {
          useEffect(() => { void fetch('/api/auth/session'); }, []);
          return null;
        }
      `,
      errors: [{ messageId: 'sessionFetch', suggestions: [] }],
    },
    {
      name: 'Auth.js v5 project',
      filename: COMPONENT,
      settings: V5,
      code: code`
        'use client';
        export const load = () => fetch('/api/auth/session');
      `,
      errors: [{ messageId: 'sessionFetch', suggestions: [] }],
    },
    {
      name: 'next-auth known from an import, not from settings',
      filename: COMPONENT,
      code: code`
        'use client';
        import { SessionProvider } from 'next-auth/react';
        export const load = () => fetch('/api/auth/session');
        export { SessionProvider };
      `,
      errors: [{ messageId: 'sessionFetch', suggestions: [] }],
    },
    {
      name: 'in a click handler',
      filename: COMPONENT,
      settings: V4,
      code: code`
        'use client';
        export function RefreshButton() {
          return <button onClick={() => fetch('/api/auth/session')}>Refresh</button>;
        }
        export const session = 1;
      `,
      errors: [{ messageId: 'sessionFetch', suggestions: [] }],
    },
    {
      name: 'a template literal without interpolations',
      filename: COMPONENT,
      settings: V4,
      code: code`
        'use client';
        export const load = () => fetch(\`/api/auth/session\`);
      `,
      errors: [{ messageId: 'sessionFetch', suggestions: [] }],
    },
    {
      name: 'a custom base path from settings',
      filename: COMPONENT,
      settings: settingsFor(4, { authBasePath: '/api/identity' }),
      code: code`
        'use client';
        export const load = () => fetch('/api/identity/session');
      `,
      errors: [{ messageId: 'sessionFetch', suggestions: [] }],
    },
    {
      name: 'a SWR fetcher',
      filename: COMPONENT,
      settings: V4,
      code: code`
        'use client';
        import useSWR from 'swr';
        export const useMe = () => useSWR('me', () => fetch('/api/auth/session').then(res => res.json()));
      `,
      errors: [
        {
          messageId: 'sessionFetch',
          suggestions: [
            {
              messageId: 'useGetSession',
              output: code`
                'use client';
                import useSWR from 'swr';
                import { getSession } from 'next-auth/react';
                export const useMe = () => useSWR('me', () => getSession());
              `,
            },
          ],
        },
      ],
    },
  ],
});
