import { code, createRuleTester, file, settingsFor } from '../../test-utils/rule-tester.js';
import rule, { RULE_NAME } from './no-timed-auth-sync.rule.js';

const ruleTester = createRuleTester();
const BUTTON = file('components/logout-button.tsx');
const LOGIN = file('app/login/login-form.tsx');

const NEXT_AUTH_SETTLED =
  '`await signOut({ redirect: false })` (like `signIn(…, { redirect: false })` and `update()`) resolves after next-auth has refetched the session, and its broadcast only reaches other tabs';

ruleTester.run(RULE_NAME, rule, {
  valid: [
    {
      name: 'next-auth: awaited signOut({ redirect: false }), then navigate',
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
      name: 'a retry delay in code that changes no session',
      filename: file('lib/fetch-with-retry.ts'),
      code: code`
        const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));
        export async function fetchWithRetry(url: string) {
          for (let attempt = 0; attempt < 3; attempt++) {
            const res = await fetch(url);
            if (res.ok) return res;
            await sleep(2 ** attempt * 100);
          }
          throw new Error('unreachable');
        }
      `,
    },
    {
      name: 'a delay before the sign-out (an exit animation) is not waiting for the session',
      filename: BUTTON,
      code: code`
        import { signOut } from 'next-auth/react';
        export async function logoutWithAnimation() {
          await new Promise(resolve => setTimeout(resolve, 300));
          await signOut({ callbackUrl: '/' });
        }
      `,
    },
    {
      name: 'useSession() at the top of the component, reacting to status in an effect',
      filename: BUTTON,
      code: code`
        'use client';
        import { useEffect } from 'react';
        import { useSession } from 'next-auth/react';
        import { useRouter } from 'next/navigation';
        export function SessionGate() {
          const router = useRouter();
          const { status } = useSession();
          useEffect(() => {
            if (status === 'unauthenticated') router.push('/login');
          }, [status, router]);
          return null;
        }
      `,
    },
    {
      name: 'useSession() in a custom hook, a memo() component and an anonymous default export',
      filename: BUTTON,
      code: code`
        import { memo } from 'react';
        import { useSession } from 'next-auth/react';
        export function useIsSignedIn() {
          return useSession().status === 'authenticated';
        }
        export const Avatar = memo(() => {
          const { data } = useSession();
          return <img src={data?.user?.image ?? ''} />;
        });
        export default function () {
          const { data } = useSession();
          return <p>{data?.user?.name}</p>;
        }
      `,
    },
    {
      name: 'Better Auth and Clerk hooks at the top of components',
      filename: BUTTON,
      code: code`
        import { authClient } from '@/lib/auth-client';
        import { useAuth } from '@clerk/nextjs';
        export function Profile() {
          const { data: session } = authClient.useSession();
          return <p>{session?.user.name}</p>;
        }
        export function ClerkStatus() {
          const { isSignedIn } = useAuth();
          return <p>{String(isSignedIn)}</p>;
        }
      `,
    },
    {
      name: 'a delay in another handler than the one that signs in',
      filename: LOGIN,
      code: code`
        import { signIn } from 'next-auth/react';
        export function LoginForm() {
          async function onSubmit() {
            await signIn('credentials', { redirect: false });
          }
          async function onShake() {
            await new Promise(resolve => setTimeout(resolve, 200));
          }
          return <form onSubmit={onSubmit} onAnimationEnd={onShake} />;
        }
      `,
    },
    {
      name: 'a polling loop over a non-session endpoint',
      filename: file('components/job-status.tsx'),
      code: code`
        const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));
        export async function waitForJob(id: string) {
          while (true) {
            const res = await fetch(\`/api/jobs/\${id}\`);
            if ((await res.json()).done) return;
            await sleep(1000);
          }
        }
      `,
    },
    {
      name: 'reading the session once per item of a list is not polling',
      filename: file('lib/sessions.ts'),
      code: code`
        import { getSession } from 'next-auth/react';
        export async function sessionsFor(requests: Request[]) {
          const sessions = [];
          for (const request of requests) sessions.push(await getSession({ req: request as never }));
          return sessions;
        }
      `,
    },
    {
      name: 'Supabase: react to onAuthStateChange instead of waiting',
      filename: BUTTON,
      code: code`
        import { useEffect } from 'react';
        import { useRouter } from 'next/navigation';
        import { createClient } from '@/utils/supabase/client';
        export function AuthListener() {
          const router = useRouter();
          useEffect(() => {
            const supabase = createClient();
            const { data } = supabase.auth.onAuthStateChange(event => {
              if (event === 'SIGNED_OUT') router.push('/login');
            });
            return () => data.subscription.unsubscribe();
          }, [router]);
          return null;
        }
      `,
    },
    {
      name: 'a setTimeout callback (not awaited) after a sign-out is not a sleep',
      filename: BUTTON,
      code: code`
        import { signOut } from 'next-auth/react';
        export async function logoutWithToast(showToast: (message: string) => void) {
          await signOut({ redirect: false });
          showToast('Signed out');
          setTimeout(() => window.location.assign('/login'), 1500);
        }
      `,
    },
    {
      name: 'wait(callback) is not a delay',
      filename: BUTTON,
      code: code`
        import { signIn } from 'next-auth/react';
        import { wait } from '@/lib/test-utils';
        export async function login() {
          await signIn('github', { redirect: false });
          await wait(() => document.cookie.includes('session'));
        }
      `,
    },
    {
      name: 'an anonymous component a HOC returns may call the hook',
      filename: BUTTON,
      code: code`
        import type { ComponentType } from 'react';
        import { useSession } from 'next-auth/react';
        export function withSession<P extends object>(Component: ComponentType<P>) {
          return (props: P) => {
            const { data } = useSession();
            return <Component {...props} session={data} />;
          };
        }
      `,
    },
    {
      name: 'the removeSleep suggestion output no longer reports',
      filename: BUTTON,
      code: code`
        import { signOut } from 'next-auth/react';
        import { sleep } from '@/lib/utils';
        export async function logout() {
          await signOut({ redirect: false });
          window.location.assign('/login');
        }
        export const pause = sleep;
      `,
    },
    // Interval polling and loops over captured session values
    {
      name: 'SessionProvider refetchInterval instead of a timer',
      filename: file('app/providers.tsx'),
      code: code`
        'use client';
        import { SessionProvider } from 'next-auth/react';
        export function Providers({ children }: { children: React.ReactNode }) {
          return <SessionProvider refetchInterval={5 * 60} refetchOnWindowFocus>{children}</SessionProvider>;
        }
      `,
    },
    {
      name: 'a setInterval that polls a job, not the session',
      filename: file('components/job-status.tsx'),
      code: code`
        'use client';
        import { useEffect } from 'react';
        export function JobStatus({ id }: { id: string }) {
          useEffect(() => {
            const timer = setInterval(() => fetch(\`/api/jobs/\${id}\`), 2000);
            return () => clearInterval(timer);
          }, [id]);
          return null;
        }
      `,
    },
    {
      name: 'a non-recursive setTimeout that reads the session once',
      filename: BUTTON,
      code: code`
        'use client';
        import { getSession } from 'next-auth/react';
        export function warmUp() {
          setTimeout(() => void getSession(), 1000);
        }
      `,
    },
    {
      name: 'status from useSession() read in render and in an effect',
      filename: BUTTON,
      code: code`
        'use client';
        import { useEffect } from 'react';
        import { useSession } from 'next-auth/react';
        export function Gate({ onReady }: { onReady: () => void }) {
          const { status } = useSession();
          useEffect(() => {
            if (status === 'authenticated') onReady();
          }, [status, onReady]);
          return status === 'loading' ? <p>Loading…</p> : null;
        }
      `,
    },
    {
      name: 'a loop over a local status that the loop itself updates',
      filename: BUTTON,
      code: code`
        'use client';
        import { getSession } from 'next-auth/react';
        export async function waitForLocal(check: () => Promise<string>) {
          let state = await check();
          while (state === 'pending') state = await check();
          return getSession;
        }
      `,
    },
  ],
  invalid: [
    {
      name: "the seed's Solution 4: a sleep after signOut, update(), and useSession() polled in a while loop",
      filename: BUTTON,
      code: code`
        import { signOut, useSession } from 'next-auth/react';
        import { useQueryClient } from '@tanstack/react-query';
        export function LogoutButton() {
          const queryClient = useQueryClient();
          const { update } = useSession();
          async function handleLogout() {
            await signOut({ redirect: false });
            await new Promise(resolve => setTimeout(resolve, 500));
            queryClient.removeQueries({ queryKey: ['session'], exact: false });
            await update();
            let attempts = 0;
            while (attempts < 10) {
              const { status } = useSession();
              if (status === 'unauthenticated') {
                break;
              }
              await new Promise(resolve => setTimeout(resolve, 100));
              attempts++;
            }
          }
          return <button onClick={handleLogout}>Sign out</button>;
        }
      `,
      errors: [
        {
          messageId: 'sleepAfterAuthChange',
          line: 8,
          data: { change: 'signOut()', settledBy: NEXT_AUTH_SETTLED },
          suggestions: [
            {
              messageId: 'removeSleep',
              output: code`
                import { signOut, useSession } from 'next-auth/react';
                import { useQueryClient } from '@tanstack/react-query';
                export function LogoutButton() {
                  const queryClient = useQueryClient();
                  const { update } = useSession();
                  async function handleLogout() {
                    await signOut({ redirect: false });
                    queryClient.removeQueries({ queryKey: ['session'], exact: false });
                    await update();
                    let attempts = 0;
                    while (attempts < 10) {
                      const { status } = useSession();
                      if (status === 'unauthenticated') {
                        break;
                      }
                      await new Promise(resolve => setTimeout(resolve, 100));
                      attempts++;
                    }
                  }
                  return <button onClick={handleLogout}>Sign out</button>;
                }
              `,
            },
          ],
        },
        { messageId: 'pollingLoop', line: 12, data: { read: 'useSession()', settledBy: NEXT_AUTH_SETTLED } },
        { messageId: 'hookOutsideRender', line: 13, data: { hook: 'useSession', where: 'in a loop' } },
      ],
    },
    {
      name: 'await sleep(n) from an app module after signOut',
      filename: BUTTON,
      code: code`
        import { signOut } from 'next-auth/react';
        import { sleep } from '@/lib/utils';
        export async function logout() {
          await signOut({ redirect: false });
          await sleep(500);
          window.location.assign('/login');
        }
      `,
      errors: [
        {
          messageId: 'sleepAfterAuthChange',
          suggestions: [
            {
              messageId: 'removeSleep',
              output: code`
                import { signOut } from 'next-auth/react';
                import { sleep } from '@/lib/utils';
                export async function logout() {
                  await signOut({ redirect: false });
                  window.location.assign('/login');
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: "the delay package after signIn",
      filename: LOGIN,
      code: code`
        import delay from 'delay';
        import { signIn } from 'next-auth/react';
        import { useRouter } from 'next/navigation';
        export function LoginForm() {
          const router = useRouter();
          async function onSubmit(form: FormData) {
            await signIn('credentials', { email: form.get('email'), redirect: false });
            await delay(300);
            router.refresh();
          }
          return <form action={onSubmit} />;
        }
      `,
      errors: [
        {
          messageId: 'sleepAfterAuthChange',
          data: { change: 'signIn()', settledBy: NEXT_AUTH_SETTLED },
          suggestions: [
            {
              messageId: 'removeSleep',
              output: code`
                import delay from 'delay';
                import { signIn } from 'next-auth/react';
                import { useRouter } from 'next/navigation';
                export function LoginForm() {
                  const router = useRouter();
                  async function onSubmit(form: FormData) {
                    await signIn('credentials', { email: form.get('email'), redirect: false });
                    router.refresh();
                  }
                  return <form action={onSubmit} />;
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'wait(n) after update() from useSession()',
      filename: file('components/profile-form.tsx'),
      code: code`
        import { useSession } from 'next-auth/react';
        const wait = (ms: number) => new Promise(r => setTimeout(r, ms));
        export function ProfileForm() {
          const { update } = useSession();
          async function save(name: string) {
            await update({ name });
            await wait(1000);
          }
          return <button onClick={() => save('x')}>Save</button>;
        }
      `,
      errors: [
        {
          messageId: 'sleepAfterAuthChange',
          data: { change: 'update()', settledBy: NEXT_AUTH_SETTLED },
          suggestions: [
            {
              messageId: 'removeSleep',
              output: code`
                import { useSession } from 'next-auth/react';
                const wait = (ms: number) => new Promise(r => setTimeout(r, ms));
                export function ProfileForm() {
                  const { update } = useSession();
                  async function save(name: string) {
                    await update({ name });
                  }
                  return <button onClick={() => save('x')}>Save</button>;
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a local helper of any name whose body is a timer promise',
      filename: BUTTON,
      code: code`
        import { signOut } from 'next-auth/react';
        function settle(ms: number) {
          return new Promise<void>(resolve => {
            setTimeout(resolve, ms);
          });
        }
        export async function logout() {
          await signOut({ redirect: false });
          await settle(250);
        }
      `,
      errors: [
        {
          messageId: 'sleepAfterAuthChange',
          suggestions: [
            {
              messageId: 'removeSleep',
              output: code`
                import { signOut } from 'next-auth/react';
                function settle(ms: number) {
                  return new Promise<void>(resolve => {
                    setTimeout(resolve, ms);
                  });
                }
                export async function logout() {
                  await signOut({ redirect: false });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'setTimeout from node:timers/promises',
      filename: BUTTON,
      code: code`
        import { setTimeout as pause } from 'node:timers/promises';
        import { signOut } from 'next-auth/react';
        export async function logout() {
          await signOut({ redirect: false });
          await pause(100);
        }
      `,
      errors: [{ messageId: 'sleepAfterAuthChange', suggestions: [{ messageId: 'removeSleep', output: code`
        import { setTimeout as pause } from 'node:timers/promises';
        import { signOut } from 'next-auth/react';
        export async function logout() {
          await signOut({ redirect: false });
        }
      ` }] }],
    },
    {
      name: 'Better Auth: window.setTimeout promise after authClient.signIn.email',
      filename: LOGIN,
      code: code`
        import { authClient } from '@/lib/auth-client';
        export async function login(email: string, password: string) {
          await authClient.signIn.email({ email, password });
          await new Promise(resolve => window.setTimeout(resolve, 400));
        }
      `,
      errors: [{ messageId: 'sleepAfterAuthChange', data: { change: 'authClient.signIn.email()', settledBy: '`await authClient.signOut()` resolves once the server has ended the session, and Better Auth then refreshes its `useSession()` store' }, suggestions: [{ messageId: 'removeSleep', output: code`
        import { authClient } from '@/lib/auth-client';
        export async function login(email: string, password: string) {
          await authClient.signIn.email({ email, password });
        }
      ` }] }],
    },
    {
      name: 'Better Auth: sleep after authClient.signOut()',
      filename: BUTTON,
      code: code`
        import { authClient } from '@/lib/auth-client';
        const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));
        export async function logout() {
          await authClient.signOut();
          await sleep(500);
        }
      `,
      errors: [{ messageId: 'sleepAfterAuthChange', suggestions: [{ messageId: 'removeSleep', output: code`
        import { authClient } from '@/lib/auth-client';
        const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));
        export async function logout() {
          await authClient.signOut();
        }
      ` }] }],
    },
    {
      name: 'Supabase: sleep after signInWithPassword',
      filename: LOGIN,
      code: code`
        import { createClient } from '@/utils/supabase/client';
        const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));
        export async function login(email: string, password: string) {
          const supabase = createClient();
          const { error } = await supabase.auth.signInWithPassword({ email, password });
          await sleep(1000);
          return error;
        }
      `,
      errors: [{ messageId: 'sleepAfterAuthChange', data: { change: 'supabase.auth.signInWithPassword()', settledBy: '`await supabase.auth.signOut()` resolves after the session is removed from storage and `onAuthStateChange` has fired `SIGNED_OUT`' }, suggestions: [{ messageId: 'removeSleep', output: code`
        import { createClient } from '@/utils/supabase/client';
        const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));
        export async function login(email: string, password: string) {
          const supabase = createClient();
          const { error } = await supabase.auth.signInWithPassword({ email, password });
          return error;
        }
      ` }] }],
    },
    {
      name: 'Clerk: sleep after setActive',
      filename: LOGIN,
      code: code`
        import { useSignIn } from '@clerk/nextjs';
        const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));
        export function LoginForm() {
          const { signIn, setActive } = useSignIn();
          async function onSubmit() {
            const attempt = await signIn!.create({ identifier: 'a', password: 'b' });
            await setActive!({ session: attempt.createdSessionId });
            await sleep(300);
          }
          return <form onSubmit={onSubmit} />;
        }
      `,
      errors: [{ messageId: 'sleepAfterAuthChange', data: { change: 'setActive!()', settledBy: "`await signOut()` resolves after Clerk has ended the session and updated `useAuth()`" }, suggestions: [{ messageId: 'removeSleep', output: code`
        import { useSignIn } from '@clerk/nextjs';
        const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));
        export function LoginForm() {
          const { signIn, setActive } = useSignIn();
          async function onSubmit() {
            const attempt = await signIn!.create({ identifier: 'a', password: 'b' });
            await setActive!({ session: attempt.createdSessionId });
          }
          return <form onSubmit={onSubmit} />;
        }
      ` }] }],
    },
    {
      name: 'Firebase: sleep after signInWithEmailAndPassword',
      filename: LOGIN,
      code: code`
        import { getAuth, signInWithEmailAndPassword } from 'firebase/auth';
        const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));
        export async function login(email: string, password: string) {
          await signInWithEmailAndPassword(getAuth(), email, password);
          await sleep(200);
        }
      `,
      errors: [{ messageId: 'sleepAfterAuthChange', suggestions: [{ messageId: 'removeSleep', output: code`
        import { getAuth, signInWithEmailAndPassword } from 'firebase/auth';
        const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));
        export async function login(email: string, password: string) {
          await signInWithEmailAndPassword(getAuth(), email, password);
        }
      ` }] }],
    },
    {
      name: 'settings: the function a useLogout() hook returns, then a sleep',
      filename: BUTTON,
      settings: settingsFor(4, { signOuts: ['useLogout'] }),
      code: code`
        import { useLogout } from '@/hooks/use-logout';
        const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));
        export function LogoutButton() {
          const logout = useLogout();
          return (
            <button
              onClick={async () => {
                await logout();
                await sleep(500);
              }}
            />
          );
        }
      `,
      errors: [{ messageId: 'sleepAfterAuthChange', data: { change: 'logout()', settledBy: 'awaiting the auth call itself is what waits for it to finish; a timer only adds latency and still loses the race on a slow network' }, suggestions: [{ messageId: 'removeSleep', output: code`
        import { useLogout } from '@/hooks/use-logout';
        const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));
        export function LogoutButton() {
          const logout = useLogout();
          return (
            <button
              onClick={async () => {
                await logout();
              }}
            />
          );
        }
      ` }] }],
    },
    {
      name: 'Auth.js v5: a server action sleeps after signOut() from @/auth',
      filename: file('app/actions.ts'),
      settings: settingsFor(5),
      code: code`
        'use server';
        import { signOut } from '@/auth';
        export async function logoutAction() {
          await signOut({ redirect: false });
          await new Promise(resolve => setTimeout(resolve, 250));
        }
      `,
      errors: [{ messageId: 'sleepAfterAuthChange', suggestions: [{ messageId: 'removeSleep', output: code`
        'use server';
        import { signOut } from '@/auth';
        export async function logoutAction() {
          await signOut({ redirect: false });
        }
      ` }] }],
    },
    {
      name: 'a sleep in the then() callback of a sign-out',
      filename: BUTTON,
      code: code`
        import { signOut } from 'next-auth/react';
        const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));
        export function logout(go: (path: string) => void) {
          return signOut({ redirect: false }).then(async () => {
            await sleep(500);
            go('/login');
          });
        }
      `,
      errors: [{ messageId: 'sleepAfterAuthChange', suggestions: [{ messageId: 'removeSleep', output: code`
        import { signOut } from 'next-auth/react';
        const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));
        export function logout(go: (path: string) => void) {
          return signOut({ redirect: false }).then(async () => {
            go('/login');
          });
        }
      ` }] }],
    },
    {
      name: 'a sleep that is not a statement of its own: reported, no suggestion',
      filename: BUTTON,
      code: code`
        import { signOut } from 'next-auth/react';
        const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));
        export async function logout() {
          await signOut({ redirect: false });
          return (await sleep(500)) ?? '/login';
        }
      `,
      errors: [{ messageId: 'sleepAfterAuthChange', suggestions: [] }],
    },
    {
      name: 'polling getSession() in a for loop after signOut (pages-v4 fixture shape)',
      filename: BUTTON,
      code: code`
        import { getSession, signOut } from 'next-auth/react';
        const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));
        export async function logout() {
          await signOut({ redirect: false });
          for (let attempt = 0; attempt < 10; attempt++) {
            if (!(await getSession())) break;
            await sleep(200);
          }
        }
      `,
      errors: [{ messageId: 'pollingLoop', line: 5, column: 3, data: { read: 'getSession()', settledBy: NEXT_AUTH_SETTLED } }],
    },
    {
      name: 'a do/while loop fetching /api/auth/session',
      filename: BUTTON,
      code: code`
        export async function waitForSignOut() {
          let session;
          do {
            const res = await fetch('/api/auth/session');
            session = await res.json();
          } while (session?.user);
        }
      `,
      errors: [{ messageId: 'pollingLoop', data: { read: 'fetch()', settledBy: 'awaiting the auth call itself is what waits for it to finish; a timer only adds latency and still loses the race on a slow network' } }],
    },
    {
      name: 'settings: a custom authBasePath is polled with a template URL',
      filename: BUTTON,
      settings: settingsFor(5, { authBasePath: '/auth' }),
      code: code`
        export async function waitForSession(origin: string) {
          while (true) {
            const res = await fetch(\`\${origin}/auth/session\`);
            if (res.ok && (await res.json())) return;
          }
        }
      `,
      errors: [{ messageId: 'pollingLoop' }],
    },
    {
      name: 'Supabase: polling auth.getSession() in a while loop',
      filename: BUTTON,
      code: code`
        import { createClient } from '@/utils/supabase/client';
        const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));
        export async function logout() {
          const supabase = createClient();
          await supabase.auth.signOut();
          while ((await supabase.auth.getSession()).data.session) {
            await sleep(100);
          }
        }
      `,
      errors: [{ messageId: 'pollingLoop', data: { read: 'supabase.auth.getSession()', settledBy: '`await supabase.auth.signOut()` resolves after the session is removed from storage and `onAuthStateChange` has fired `SIGNED_OUT`' } }],
    },
    {
      name: 'useSession() inside an async function',
      filename: BUTTON,
      code: code`
        import { useSession } from 'next-auth/react';
        export function LogoutButton() {
          async function check() {
            const { status } = useSession();
            return status;
          }
          return <button onClick={check} />;
        }
      `,
      errors: [{ messageId: 'hookOutsideRender', data: { hook: 'useSession', where: 'in an async function' } }],
    },
    {
      name: 'useSession() inside a useEffect callback',
      filename: BUTTON,
      code: code`
        import { useEffect } from 'react';
        import { useSession } from 'next-auth/react';
        export function SessionWatcher() {
          useEffect(() => {
            const { status } = useSession();
            console.log(status);
          }, []);
          return null;
        }
      `,
      errors: [{ messageId: 'hookOutsideRender', data: { hook: 'useSession', where: 'in a callback' } }],
    },
    {
      name: 'useSession() inside an inline onClick handler',
      filename: BUTTON,
      code: code`
        import { useSession } from 'next-auth/react';
        export function Refresh() {
          return <button onClick={() => useSession().update()}>Refresh</button>;
        }
      `,
      errors: [{ messageId: 'hookOutsideRender', data: { hook: 'useSession', where: 'in a callback' } }],
    },
    {
      name: 'Clerk: useAuth() inside a loop in a component',
      filename: BUTTON,
      code: code`
        import { useAuth } from '@clerk/nextjs';
        export function Badges({ count }: { count: number }) {
          const badges = [];
          for (let i = 0; i < count; i++) badges.push(useAuth().userId);
          return <p>{badges.join()}</p>;
        }
      `,
      errors: [{ messageId: 'hookOutsideRender', data: { hook: 'useAuth', where: 'in a loop' } }],
    },
    {
      name: 'Better Auth: authClient.useSession() inside a nested helper',
      filename: BUTTON,
      code: code`
        import { authClient } from '@/lib/auth-client';
        export function Profile() {
          function currentName() {
            return authClient.useSession().data?.user.name;
          }
          return <p>{currentName()}</p>;
        }
      `,
      errors: [{ messageId: 'hookOutsideRender', data: { hook: 'authClient.useSession', where: 'in a callback' } }],
    },
    // Interval polling and loops over captured session values
    {
      name: 'setInterval in an effect calling getSession()',
      filename: BUTTON,
      code: code`
        'use client';
        import { useEffect } from 'react';
        import { getSession } from 'next-auth/react';
        export function useSessionWatcher(onChange: (s: unknown) => void) {
          useEffect(() => {
            const id = setInterval(async () => onChange(await getSession()), 10_000);
            return () => clearInterval(id);
          }, [onChange]);
        }
      `,
      errors: [{ messageId: 'intervalPolling', data: { timer: 'setInterval', read: 'getSession()' } }],
    },
    {
      name: 'setInterval fetching the session endpoint',
      filename: BUTTON,
      code: code`
        'use client';
        import { useEffect } from 'react';
        import { useRouter } from 'next/navigation';
        export function SessionKeepAlive() {
          const router = useRouter();
          useEffect(() => {
            const timer = window.setInterval(async () => {
              const session = await (await fetch('/api/auth/session')).json();
              if (!session?.user) router.push('/');
            }, 5000);
            return () => clearInterval(timer);
          }, [router]);
          return null;
        }
      `,
      settings: settingsFor(4),
      errors: [{ messageId: 'intervalPolling', data: { timer: 'setInterval', read: 'fetch()' } }],
    },
    {
      name: 'setInterval with a named callback reading useSession().status',
      filename: BUTTON,
      code: code`
        'use client';
        import { useEffect } from 'react';
        import { useSession } from 'next-auth/react';
        export function StatusLogger() {
          const { status } = useSession();
          useEffect(() => {
            function tick() {
              if (status === 'unauthenticated') location.assign('/login');
            }
            const id = setInterval(tick, 1000);
            return () => clearInterval(id);
          }, []);
          return null;
        }
      `,
      errors: [{ messageId: 'intervalPolling', data: { timer: 'setInterval', read: 'useSession().status' } }],
    },
    {
      name: 'a recursive setTimeout poll',
      filename: BUTTON,
      code: code`
        'use client';
        import { getSession } from 'next-auth/react';
        export async function poll(onSignedOut: () => void) {
          const session = await getSession();
          if (!session) return onSignedOut();
          setTimeout(() => poll(onSignedOut), 30_000);
        }
      `,
      errors: [{ messageId: 'intervalPolling', data: { timer: 'recursive setTimeout', read: 'getSession()' } }],
    },
    {
      name: 'a recursive setTimeout passing itself',
      filename: BUTTON,
      code: code`
        'use client';
        import { getSession } from 'next-auth/react';
        const check = async () => {
          await getSession();
          setTimeout(check, 60_000);
        };
        export { check };
      `,
      errors: [{ messageId: 'intervalPolling', data: { timer: 'recursive setTimeout', read: 'getSession()' } }],
    },
    {
      name: 'Better Auth: setInterval calling authClient.getSession()',
      filename: BUTTON,
      code: code`
        'use client';
        import { useEffect } from 'react';
        import { authClient } from '@/lib/auth-client';
        export function useKeepAlive() {
          useEffect(() => {
            const id = setInterval(() => void authClient.getSession(), 60_000);
            return () => clearInterval(id);
          }, []);
        }
      `,
      errors: [{ messageId: 'intervalPolling', data: { timer: 'setInterval', read: 'authClient.getSession()' } }],
    },
    {
      name: 'a loop that busy-waits on status captured from useSession()',
      filename: LOGIN,
      code: code`
        'use client';
        import { useSession } from 'next-auth/react';
        export function useAfterLogin() {
          const { status } = useSession();
          return async function waitUntilSignedIn() {
            while (status !== 'authenticated') {
              await new Promise(resolve => setTimeout(resolve, 200));
            }
          };
        }
      `,
      errors: [{ messageId: 'capturedStatusLoop', data: { name: 'status', hook: 'useSession' } }],
    },
    {
      name: 'a do-while over the captured session data',
      filename: LOGIN,
      code: code`
        'use client';
        import { useSession } from 'next-auth/react';
        export function useWaitForUser() {
          const { data: session } = useSession();
          return () => {
            let tries = 0;
            do {
              tries++;
            } while (!session && tries < 1000);
          };
        }
      `,
      errors: [{ messageId: 'capturedStatusLoop', data: { name: 'session', hook: 'useSession' } }],
    },
  ],
});
