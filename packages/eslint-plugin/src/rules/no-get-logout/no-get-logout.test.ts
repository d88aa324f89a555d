import { code, createRuleTester, file, settingsFor } from '../../test-utils/rule-tester.js';
import rule, { RULE_NAME } from './no-get-logout.rule.js';

const ruleTester = createRuleTester();
const LOGOUT = file('app/logout/route.ts');
const API_LOGOUT = file('app/api/auth/logout/route.ts');
const PAGES_LOGOUT = file('pages/api/logout.ts');
const NAV = file('components/nav.tsx');
const ROUTES = settingsFor(undefined, { signOutRoutes: ['/logout', '/api/auth/logout'] });

ruleTester.run(RULE_NAME, rule, {
  valid: [
    {
      name: 'Auth.js v5: signOut() in a POST route',
      filename: LOGOUT,
      code: code`
        import { signOut } from '@/auth';
        export async function POST() {
          await signOut({ redirectTo: '/' });
        }
      `,
    },
    {
      name: 'Auth.js v5: a server action form (the canonical sign-out button)',
      filename: file('components/sign-out.tsx'),
      code: code`
        import { signOut } from '@/auth';
        export function SignOut() {
          return (
            <form action={async () => { 'use server'; await signOut(); }}>
              <button type="submit">Sign out</button>
            </form>
          );
        }
      `,
    },
    {
      name: 'Supabase: signOut() in a POST route (the Supabase guide)',
      filename: file('app/auth/signout/route.ts'),
      code: code`
        import { createClient } from '@/utils/supabase/server';
        import { NextResponse } from 'next/server';
        export async function POST(req) {
          const supabase = await createClient();
          await supabase.auth.signOut();
          return NextResponse.redirect(new URL('/login', req.url), { status: 302 });
        }
      `,
    },
    {
      name: 'Better Auth: auth.api.signOut in a POST',
      filename: API_LOGOUT,
      code: code`
        import { auth } from '@/lib/auth';
        import { headers } from 'next/headers';
        export async function POST() {
          await auth.api.signOut({ headers: await headers() });
          return new Response(null, { status: 204 });
        }
      `,
    },
    {
      name: 'a GET that reads the session does not sign out',
      filename: file('app/api/me/route.ts'),
      code: code`
        import { auth } from '@/auth';
        export async function GET() {
          return Response.json(await auth());
        }
      `,
    },
    {
      name: 'a GET that clears a non-auth cookie',
      filename: file('app/api/consent/route.ts'),
      code: code`
        import { cookies } from 'next/headers';
        export async function GET() {
          (await cookies()).delete('cookie-consent');
          return new Response(null, { status: 204 });
        }
      `,
    },
    {
      name: 'a GET /api/me that drops an invalid session cookie is not a sign-out route',
      filename: file('app/api/me/route.ts'),
      code: code`
        import { cookies } from 'next/headers';
        import { verifySession } from '@/lib/session';
        export async function GET() {
          const store = await cookies();
          const session = await verifySession(store.get('session')?.value);
          if (!session) {
            store.delete('session');
            return new Response(null, { status: 401 });
          }
          return Response.json(session.user);
        }
      `,
    },
    {
      name: 'pages/api/me clearing a stale token on every method',
      filename: file('pages/api/me.ts'),
      code: code`
        export default function handler(req, res) {
          if (!req.cookies.token) {
            res.setHeader('Set-Cookie', 'token=; Path=/; Max-Age=0');
            return res.status(401).end();
          }
          res.json({ ok: true });
        }
      `,
    },
    {
      name: 'pages/api logout that requires POST first',
      filename: PAGES_LOGOUT,
      code: code`
        export default function handler(req, res) {
          if (req.method !== 'POST') return res.status(405).end();
          res.setHeader('Set-Cookie', 'session=; Path=/; Max-Age=0');
          res.status(204).end();
        }
      `,
    },
    {
      name: 'pages/api logout dispatching on req.method with a switch',
      filename: PAGES_LOGOUT,
      code: code`
        import { getIronSession } from 'iron-session';
        export default async function handler(req, res) {
          switch (req.method) {
            case 'POST': {
              const session = await getIronSession(req, res, options);
              session.destroy();
              return res.status(204).end();
            }
            default:
              return res.status(405).end();
          }
        }
      `,
    },
    {
      name: "next-auth's own signout page (GET shows a confirmation form)",
      filename: NAV,
      settings: ROUTES,
      code: code`
        import Link from 'next/link';
        export function Nav() {
          return <Link href="/api/auth/signout">Sign out</Link>;
        }
      `,
    },
    {
      name: 'links to other routes',
      filename: NAV,
      settings: ROUTES,
      code: code`
        import Link from 'next/link';
        export function Nav() {
          return <><Link href="/logout-help">Help</Link><a href="/account">Account</a></>;
        }
      `,
    },
    {
      name: 'a form that POSTs to the sign-out route',
      filename: NAV,
      settings: ROUTES,
      code: code`
        export function Nav() {
          return <form action="/logout" method="post"><button>Sign out</button></form>;
        }
      `,
    },
    {
      name: 'no signOutRoutes in settings: links are not checked',
      filename: NAV,
      code: code`
        import Link from 'next/link';
        export function Nav() {
          return <Link href="/logout">Sign out</Link>;
        }
      `,
    },
    {
      name: 'a component named Link that is not next/link',
      filename: NAV,
      settings: ROUTES,
      code: code`
        import { Link } from '@/components/ui/link';
        export function Nav() {
          return <Link href="/logout">Sign out</Link>;
        }
      `,
    },
    {
      name: 'a listed sign-out route that only answers POST',
      filename: LOGOUT,
      settings: ROUTES,
      code: code`
        import { cookies } from 'next/headers';
        export async function POST() {
          (await cookies()).delete('session');
          return new Response(null, { status: 303, headers: { Location: '/' } });
        }
      `,
    },
    {
      name: 'a sign-out wrapper not named in settings',
      filename: LOGOUT,
      code: code`
        import { endSession } from '@/lib/session';
        export async function GET() {
          await endSession();
          return Response.redirect('/');
        }
      `,
    },
    {
      name: "next-auth/react signOut() in a client component's click handler",
      filename: file('components/sign-out-button.tsx'),
      code: code`
        'use client';
        import { signOut } from 'next-auth/react';
        export function SignOutButton() {
          return <button onClick={() => signOut({ callbackUrl: '/' })}>Sign out</button>;
        }
      `,
    },
    {
      name: 'suggestion output: handler exported only as POST',
      filename: API_LOGOUT,
      code: code`
        import { auth } from '@/lib/auth';
        async function handler(request) {
          await auth.api.signOut({ headers: request.headers });
          return new Response(null, { status: 204 });
        }
        export { handler as POST };
      `,
    },
    {
      name: 'suggestion output: pages/api logout with the 405 guard',
      filename: PAGES_LOGOUT,
      code: code`
        export default function handler(req, res) {
          if (req.method !== 'POST') {
            res.setHeader('Allow', 'POST');
            return res.status(405).end();
          }
          res.setHeader('Set-Cookie', 'next-auth.session-token=; Path=/; Max-Age=0');
          res.redirect('/');
        }
      `,
    },
    {
      name: 'suggestion output: the GET handler exported as POST',
      filename: LOGOUT,
      code: code`
        import { signOut } from '@/auth';
        export async function POST() {
          await signOut({ redirectTo: '/' });
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'Auth.js v5: signOut() in a GET route, with the export-as-POST suggestion',
      filename: LOGOUT,
      code: code`
        import { signOut } from '@/auth';
        export async function GET() {
          await signOut({ redirectTo: '/' });
        }
      `,
      errors: [
        {
          messageId: 'getSignOut',
          data: { what: 'signOut()' },
          suggestions: [
            {
              messageId: 'exportAsPost',
              output: code`
                import { signOut } from '@/auth';
                export async function POST() {
                  await signOut({ redirectTo: '/' });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'Supabase: supabase.auth.signOut() in a GET',
      filename: file('app/auth/signout/route.ts'),
      code: code`
        import { createClient } from '@/utils/supabase/server';
        import { NextResponse } from 'next/server';
        export const GET = async (req) => {
          const supabase = await createClient();
          await supabase.auth.signOut();
          return NextResponse.redirect(new URL('/login', req.url));
        };
      `,
      errors: [
        {
          messageId: 'getSignOut',
          data: { what: 'supabase.auth.signOut()' },
          suggestions: [
            {
              messageId: 'exportAsPost',
              output: code`
                import { createClient } from '@/utils/supabase/server';
                import { NextResponse } from 'next/server';
                export const POST = async (req) => {
                  const supabase = await createClient();
                  await supabase.auth.signOut();
                  return NextResponse.redirect(new URL('/login', req.url));
                };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'Better Auth: auth.api.signOut in a GET exported together with POST',
      filename: API_LOGOUT,
      code: code`
        import { auth } from '@/lib/auth';
        async function handler(request) {
          await auth.api.signOut({ headers: request.headers });
          return new Response(null, { status: 204 });
        }
        export { handler as GET, handler as POST };
      `,
      errors: [
        {
          messageId: 'getSignOut',
          suggestions: [
            {
              messageId: 'exportAsPost',
              output: code`
                import { auth } from '@/lib/auth';
                async function handler(request) {
                  await auth.api.signOut({ headers: request.headers });
                  return new Response(null, { status: 204 });
                }
                export { handler as POST };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'Lucia: invalidateSession + blank cookie in a GET, next to a separate POST (no suggestion)',
      filename: LOGOUT,
      code: code`
        import { lucia, validateRequest } from '@/lib/auth';
        import { cookies } from 'next/headers';
        export async function GET() {
          const { session } = await validateRequest();
          if (session) await lucia.invalidateSession(session.id);
          return Response.redirect('/');
        }
        export async function POST() {
          return new Response(null, { status: 405 });
        }
      `,
      errors: [{ messageId: 'getSignOut', data: { what: 'lucia.invalidateSession()' }, suggestions: [] }],
    },
    {
      name: 'iron-session: session.destroy() in a GET',
      filename: LOGOUT,
      code: code`
        import { getIronSession } from 'iron-session';
        import { cookies } from 'next/headers';
        export async function GET() {
          const session = await getIronSession(await cookies(), { password: 'x', cookieName: 'app' });
          session.destroy();
          return Response.redirect('/');
        }
      `,
      errors: [{ messageId: 'getSignOut', data: { what: 'session.destroy()' }, suggestions: [{ messageId: 'exportAsPost', output: code`
        import { getIronSession } from 'iron-session';
        import { cookies } from 'next/headers';
        export async function POST() {
          const session = await getIronSession(await cookies(), { password: 'x', cookieName: 'app' });
          session.destroy();
          return Response.redirect('/');
        }
      ` }] }],
    },
    {
      name: 'next-auth v4: clearing the session cookie in a GET (vercel/next.js #73839)',
      filename: API_LOGOUT,
      code: code`
        import { cookies } from 'next/headers';
        import { redirect } from 'next/navigation';
        export async function GET() {
          const store = await cookies();
          store.delete('next-auth.session-token');
          store.delete('__Secure-next-auth.session-token');
          redirect('/');
        }
      `,
      errors: [{ messageId: 'getSignOut', data: { what: 'it clears the next-auth.session-token cookie' }, suggestions: [{ messageId: 'exportAsPost', output: code`
        import { cookies } from 'next/headers';
        import { redirect } from 'next/navigation';
        export async function POST() {
          const store = await cookies();
          store.delete('next-auth.session-token');
          store.delete('__Secure-next-auth.session-token');
          redirect('/');
        }
      ` }] }],
    },
    {
      name: 'custom JWT app: response.cookies.set(session, "", { maxAge: 0 }) in a GET',
      filename: LOGOUT,
      code: code`
        import { NextResponse } from 'next/server';
        export function GET(request) {
          const response = NextResponse.redirect(new URL('/', request.url));
          response.cookies.set('session', '', { maxAge: 0 });
          return response;
        }
      `,
      errors: [{ messageId: 'getSignOut', suggestions: [{ messageId: 'exportAsPost', output: code`
        import { NextResponse } from 'next/server';
        export function POST(request) {
          const response = NextResponse.redirect(new URL('/', request.url));
          response.cookies.set('session', '', { maxAge: 0 });
          return response;
        }
      ` }] }],
    },
    {
      name: 'a Set-Cookie header object expiring the token in a GET',
      filename: LOGOUT,
      code: code`
        export function GET() {
          return new Response(null, { status: 302, headers: { Location: '/', 'Set-Cookie': 'auth_token=; Path=/; Max-Age=0' } });
        }
      `,
      errors: [{ messageId: 'getSignOut', data: { what: 'a Set-Cookie header expires an auth cookie' }, suggestions: [{ messageId: 'exportAsPost', output: code`
        export function POST() {
          return new Response(null, { status: 302, headers: { Location: '/', 'Set-Cookie': 'auth_token=; Path=/; Max-Age=0' } });
        }
      ` }] }],
    },
    {
      name: 'the sign-out happens in a same-file helper',
      filename: LOGOUT,
      code: code`
        import { cookies } from 'next/headers';
        async function clearSession() {
          (await cookies()).delete('sid');
        }
        export async function GET() {
          await clearSession();
          return Response.redirect('/');
        }
      `,
      errors: [{ messageId: 'getSignOut', suggestions: [{ messageId: 'exportAsPost', output: code`
        import { cookies } from 'next/headers';
        async function clearSession() {
          (await cookies()).delete('sid');
        }
        export async function POST() {
          await clearSession();
          return Response.redirect('/');
        }
      ` }] }],
    },
    {
      name: 'Firebase Admin: revokeRefreshTokens in a GET',
      filename: LOGOUT,
      code: code`
        import { getAuth } from 'firebase-admin/auth';
        import { cookies } from 'next/headers';
        export async function GET() {
          const cookie = (await cookies()).get('__session')?.value ?? '';
          const { uid } = await getAuth().verifySessionCookie(cookie);
          await getAuth().revokeRefreshTokens(uid);
          return Response.redirect('/');
        }
      `,
      errors: [{ messageId: 'getSignOut', data: { what: 'getAuth().revokeRefreshTokens()' }, suggestions: [{ messageId: 'exportAsPost', output: code`
        import { getAuth } from 'firebase-admin/auth';
        import { cookies } from 'next/headers';
        export async function POST() {
          const cookie = (await cookies()).get('__session')?.value ?? '';
          const { uid } = await getAuth().verifySessionCookie(cookie);
          await getAuth().revokeRefreshTokens(uid);
          return Response.redirect('/');
        }
      ` }] }],
    },
    {
      name: 'a GET wrapped in a higher-order handler',
      filename: LOGOUT,
      code: code`
        import { signOut } from '@/auth';
        export const GET = withErrorHandling(async () => {
          await signOut({ redirectTo: '/' });
        });
      `,
      errors: [{ messageId: 'getSignOut', suggestions: [{ messageId: 'exportAsPost', output: code`
        import { signOut } from '@/auth';
        export const POST = withErrorHandling(async () => {
          await signOut({ redirectTo: '/' });
        });
      ` }] }],
    },
    {
      name: 'pages/api: res.setHeader Set-Cookie Max-Age=0 on every method, with the 405 suggestion',
      filename: PAGES_LOGOUT,
      code: code`
        export default function handler(req, res) {
          res.setHeader('Set-Cookie', 'next-auth.session-token=; Path=/; Max-Age=0');
          res.redirect('/');
        }
      `,
      errors: [
        {
          messageId: 'anyMethodSignOut',
          suggestions: [
            {
              messageId: 'requirePost',
              output: code`
                export default function handler(req, res) {
                  if (req.method !== 'POST') {
                    res.setHeader('Allow', 'POST');
                    return res.status(405).end();
                  }
                  res.setHeader('Set-Cookie', 'next-auth.session-token=; Path=/; Max-Age=0');
                  res.redirect('/');
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'pages/api: Supabase signOut on every method',
      filename: PAGES_LOGOUT,
      code: code`
        import { createPagesServerClient } from '@supabase/auth-helpers-nextjs';
        export default async function logout(req, res) {
          await createPagesServerClient({ req, res }).auth.signOut();
          res.redirect('/');
        }
      `,
      errors: [{ messageId: 'anyMethodSignOut', suggestions: [{ messageId: 'requirePost', output: code`
        import { createPagesServerClient } from '@supabase/auth-helpers-nextjs';
        export default async function logout(req, res) {
          if (req.method !== 'POST') {
            res.setHeader('Allow', 'POST');
            return res.status(405).end();
          }
          await createPagesServerClient({ req, res }).auth.signOut();
          res.redirect('/');
        }
      ` }] }],
    },
    {
      name: 'pages/api: iron-session destroy wrapped in withIronSessionApiRoute',
      filename: PAGES_LOGOUT,
      code: code`
        import { getIronSession } from 'iron-session';
        async function logoutRoute(req, res) {
          const session = await getIronSession(req, res, options);
          session.destroy();
          res.json({ isLoggedIn: false });
        }
        export default withSessionRoute(logoutRoute);
      `,
      errors: [{ messageId: 'anyMethodSignOut', suggestions: [{ messageId: 'requirePost', output: code`
        import { getIronSession } from 'iron-session';
        async function logoutRoute(req, res) {
          if (req.method !== 'POST') {
            res.setHeader('Allow', 'POST');
            return res.status(405).end();
          }
          const session = await getIronSession(req, res, options);
          session.destroy();
          res.json({ isLoggedIn: false });
        }
        export default withSessionRoute(logoutRoute);
      ` }] }],
    },
    {
      name: 'settings: a GET on a listed sign-out route, whatever it calls',
      filename: LOGOUT,
      settings: ROUTES,
      code: code`
        import { endSession } from '@/lib/session';
        export async function GET() {
          await endSession();
          return Response.redirect('/');
        }
      `,
      errors: [{ messageId: 'getSignOutRoute', data: { route: '/logout' }, suggestions: [{ messageId: 'exportAsPost', output: code`
        import { endSession } from '@/lib/session';
        export async function POST() {
          await endSession();
          return Response.redirect('/');
        }
      ` }] }],
    },
    {
      name: 'settings: a signOuts wrapper is treated like the library sign-out',
      filename: LOGOUT,
      settings: settingsFor(undefined, { signOuts: [{ from: 'file', path: 'lib/session.ts', name: 'endSession' }] }),
      code: code`
        import { endSession } from '@/lib/session';
        export async function GET() {
          await endSession();
          return Response.redirect('/');
        }
      `,
      errors: [{ messageId: 'getSignOut', data: { what: 'endSession()' }, suggestions: [{ messageId: 'exportAsPost', output: code`
        import { endSession } from '@/lib/session';
        export async function POST() {
          await endSession();
          return Response.redirect('/');
        }
      ` }] }],
    },
    {
      name: 'settings: a team cookie deleter clearing the session in a GET',
      filename: LOGOUT,
      settings: settingsFor(undefined, { cookieDeletes: ['expireCookie'] }),
      code: code`
        import { expireCookie } from '@/lib/cookies';
        export async function GET() {
          await expireCookie('app_session');
          return Response.redirect('/');
        }
      `,
      errors: [{ messageId: 'getSignOut', suggestions: [{ messageId: 'exportAsPost', output: code`
        import { expireCookie } from '@/lib/cookies';
        export async function POST() {
          await expireCookie('app_session');
          return Response.redirect('/');
        }
      ` }] }],
    },
    {
      name: '<Link href="/logout"> from next/link (prefetched)',
      filename: NAV,
      settings: ROUTES,
      code: code`
        import Link from 'next/link';
        export function Nav() {
          return <Link href="/logout">Sign out</Link>;
        }
      `,
      errors: [{ messageId: 'prefetchedLink', data: { element: 'Link', href: '/logout', route: '/logout' } }],
    },
    {
      name: '<Link> renamed, with an expression href and a query string',
      filename: NAV,
      settings: ROUTES,
      code: code`
        import NextLink from 'next/link';
        export function Nav() {
          return <NextLink href={'/api/auth/logout?callbackUrl=/'} prefetch={false}>Sign out</NextLink>;
        }
      `,
      errors: [{ messageId: 'prefetchedLink', data: { element: 'NextLink', href: '/api/auth/logout?callbackUrl=/', route: '/api/auth/logout' } }],
    },
    {
      name: '<Link href={{ pathname }}> with a trailing slash',
      filename: NAV,
      settings: ROUTES,
      code: code`
        import Link from 'next/link';
        export const Menu = () => <Link href={{ pathname: '/logout/' }}>Sign out</Link>;
      `,
      errors: [{ messageId: 'prefetchedLink' }],
    },
    {
      name: 'a plain <a href> to a sign-out route',
      filename: NAV,
      settings: ROUTES,
      code: code`
        export function Nav() {
          return <a href={\`/logout\`}>Sign out</a>;
        }
      `,
      errors: [{ messageId: 'plainLink', data: { href: '/logout', route: '/logout' } }],
    },
  ],
});
