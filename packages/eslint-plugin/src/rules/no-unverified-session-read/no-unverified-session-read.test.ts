import { code, createRuleTester, file, settingsFor } from '../../test-utils/rule-tester.js';
import rule, { RULE_NAME } from './no-unverified-session-read.rule.js';

const ruleTester = createRuleTester();
const ROUTE = file('app/api/me/route.ts');
const PAGE = file('app/account/page.tsx');
const MIDDLEWARE = file('middleware.ts');
const ACTIONS = file('app/account/actions.ts');
const PAGES_API = file('pages/api/admin.ts');
const CLIENT = file('components/account-menu.tsx');
const STRICT = [{ checkCookieCache: true }] as const;
const COOKIE_CACHE = settingsFor(undefined, { sessionCookieCache: true });

/** A Supabase getSession() case: it reports once, with the getUser() rewrite as its suggestion when the code only uses the user. */
function storedSession(name: string, filename: string, source: string, getUserOutput: string | null) {
  return {
    name,
    filename,
    code: source,
    errors: [{ messageId: 'storedSession' as const, suggestions: getUserOutput === null ? [] : [{ messageId: 'useGetUser' as const, output: getUserOutput }] }],
  };
}

ruleTester.run(RULE_NAME, rule, {
  valid: [
    {
      name: 'Supabase: getUser() in a server component',
      filename: PAGE,
      code: code`
        import { createClient } from '@/utils/supabase/server';
        import { redirect } from 'next/navigation';
        export default async function Account() {
          const supabase = await createClient();
          const { data: { user } } = await supabase.auth.getUser();
          if (!user) redirect('/login');
          return <p>{user.email}</p>;
        }
      `,
    },
    {
      name: 'Supabase: getClaims() in middleware',
      filename: MIDDLEWARE,
      code: code`
        import { createServerClient } from '@supabase/ssr';
        import { NextResponse } from 'next/server';
        export async function middleware(request) {
          const supabase = createServerClient(url, key, { cookies: { getAll: () => request.cookies.getAll(), setAll() {} } });
          const { data } = await supabase.auth.getClaims();
          if (!data?.claims) return NextResponse.redirect(new URL('/login', request.url));
          return NextResponse.next();
        }
      `,
    },
    {
      name: "Supabase: getSession() in a 'use client' component",
      filename: CLIENT,
      code: code`
        'use client';
        import { createBrowserClient } from '@supabase/ssr';
        export function AccountMenu() {
          const supabase = createBrowserClient(url, key);
          supabase.auth.getSession().then(({ data }) => console.log(data.session));
          return null;
        }
      `,
    },
    {
      name: 'Supabase: getSession() in a shared helper whose side is unknown',
      filename: file('lib/session.ts'),
      code: code`
        export async function accessToken(supabase) {
          const { data } = await supabase.auth.getSession();
          return data.session?.access_token;
        }
      `,
    },
    {
      name: 'Supabase: getSession() in a Pages Router component (browser)',
      filename: file('pages/account.tsx'),
      code: code`
        export default function Account({ supabase }) {
          supabase.auth.getSession();
          return null;
        }
      `,
    },
    {
      name: 'next-auth: getSession from next-auth/react is not the Supabase method',
      filename: PAGES_API,
      code: code`
        import { getSession } from 'next-auth/react';
        export default async function handler(req, res) {
          const session = await getSession({ req });
          if (!session) return res.status(401).end();
          res.json(session);
        }
      `,
    },
    {
      name: 'jose: jwtVerify decides access',
      filename: ROUTE,
      code: code`
        import { jwtVerify } from 'jose';
        export async function GET(request) {
          const { payload } = await jwtVerify(request.cookies.get('token')?.value ?? '', key);
          if (payload.role !== 'admin') return new Response(null, { status: 403 });
          return Response.json(payload);
        }
      `,
    },
    {
      name: 'jsonwebtoken: jwt.verify decides access',
      filename: PAGES_API,
      code: code`
        import jwt from 'jsonwebtoken';
        export default function handler(req, res) {
          const claims = jwt.verify(req.cookies.token, process.env.JWT_SECRET);
          if (claims.role !== 'admin') return res.status(403).end();
          res.json(claims);
        }
      `,
    },
    {
      name: 'jose: decodeJwt after jwtVerify in the same function reads a checked token',
      filename: ROUTE,
      code: code`
        import { decodeJwt, jwtVerify } from 'jose';
        export async function GET(request) {
          const token = request.headers.get('authorization')?.slice(7) ?? '';
          await jwtVerify(token, key);
          const { role } = decodeJwt(token);
          if (role !== 'admin') return new Response(null, { status: 403 });
          return new Response('ok');
        }
      `,
    },
    {
      name: 'jwt-decode: a branch on exp only schedules a refresh',
      filename: MIDDLEWARE,
      code: code`
        import { jwtDecode } from 'jwt-decode';
        import { NextResponse } from 'next/server';
        export function middleware(request) {
          const { exp } = jwtDecode(request.cookies.get('access')?.value ?? '');
          if (exp * 1000 < Date.now()) return NextResponse.redirect(new URL('/api/refresh', request.url));
          return NextResponse.next();
        }
      `,
    },
    {
      name: 'jwt-decode: payload.exp compared, no identity decision',
      filename: ROUTE,
      code: code`
        import { jwtDecode } from 'jwt-decode';
        export async function GET(request) {
          const payload = jwtDecode(request.headers.get('x-token'));
          return Response.json({ expired: payload.exp < Date.now() / 1000 });
        }
      `,
    },
    {
      name: 'jwt.decode only logged, no branch',
      filename: ROUTE,
      code: code`
        import jwt from 'jsonwebtoken';
        export async function POST(request) {
          console.log('token claims', jwt.decode(request.headers.get('x-token')));
          return new Response(null, { status: 204 });
        }
      `,
    },
    {
      name: 'jwtDecode in client code decides what the UI shows',
      filename: CLIENT,
      code: code`
        'use client';
        import { jwtDecode } from 'jwt-decode';
        export function Menu({ token }) {
          const { role } = jwtDecode(token);
          return role === 'admin' ? <a href="/admin">Admin</a> : null;
        }
      `,
    },
    {
      name: 'JSON.parse of something that is not a JWT payload segment',
      filename: ROUTE,
      code: code`
        export async function POST(request) {
          const body = JSON.parse(await request.text());
          if (!body.email) return new Response(null, { status: 400 });
          return new Response('ok');
        }
      `,
    },
    {
      name: 'next-auth: getToken({ req }) decrypts and verifies',
      filename: MIDDLEWARE,
      code: code`
        import { getToken } from 'next-auth/jwt';
        import { NextResponse } from 'next/server';
        export async function middleware(req) {
          const token = await getToken({ req });
          if (!token) return NextResponse.redirect(new URL('/login', req.url));
          return NextResponse.next();
        }
      `,
    },
    {
      name: 'next-auth: getToken({ raw: true }) forwarded, not branched on',
      filename: ROUTE,
      code: code`
        import { getToken } from 'next-auth/jwt';
        export async function GET(req) {
          const raw = await getToken({ req, raw: true });
          return fetch('https://api.example.com/me', { headers: { authorization: \`Bearer \${raw}\` } });
        }
      `,
    },
    {
      name: 'Better Auth: getSession in a POST without the strict option',
      filename: ROUTE,
      settings: COOKIE_CACHE,
      code: code`
        import { auth } from '@/lib/auth';
        import { headers } from 'next/headers';
        export async function POST() {
          const session = await auth.api.getSession({ headers: await headers() });
          if (!session) return new Response(null, { status: 401 });
          return new Response('ok');
        }
      `,
    },
    {
      name: 'Better Auth (strict): disableCookieCache: true in a POST',
      filename: ROUTE,
      settings: COOKIE_CACHE,
      options: STRICT,
      code: code`
        import { auth } from '@/lib/auth';
        import { headers } from 'next/headers';
        export async function POST() {
          const session = await auth.api.getSession({ headers: await headers(), query: { disableCookieCache: true } });
          if (!session) return new Response(null, { status: 401 });
          return new Response('ok');
        }
      `,
    },
    {
      name: 'Better Auth (strict): getSession in a GET may use the cookie cache',
      filename: ROUTE,
      settings: COOKIE_CACHE,
      options: STRICT,
      code: code`
        import { auth } from '@/lib/auth';
        import { headers } from 'next/headers';
        export async function GET() {
          return Response.json(await auth.api.getSession({ headers: await headers() }));
        }
      `,
    },
    {
      name: 'Better Auth (strict): cookie cache not on in file or settings',
      filename: ROUTE,
      options: STRICT,
      code: code`
        import { auth } from '@/lib/auth';
        import { headers } from 'next/headers';
        export async function DELETE() {
          const session = await auth.api.getSession({ headers: await headers() });
          if (!session) return new Response(null, { status: 401 });
          return new Response(null, { status: 204 });
        }
      `,
    },
    {
      name: 'Better Auth (strict): options passed by name may disable the cache',
      filename: ROUTE,
      settings: COOKIE_CACHE,
      options: STRICT,
      code: code`
        import { auth } from '@/lib/auth';
        export async function POST(request) {
          const options = { headers: request.headers, query: { disableCookieCache: true } };
          const session = await auth.api.getSession(options);
          if (!session) return new Response(null, { status: 401 });
          return new Response('ok');
        }
      `,
    },
    {
      name: 'Better Auth: getSessionCookie() in middleware for an optimistic redirect',
      filename: MIDDLEWARE,
      code: code`
        import { getSessionCookie } from 'better-auth/cookies';
        import { NextResponse } from 'next/server';
        export function middleware(request) {
          if (!getSessionCookie(request)) return NextResponse.redirect(new URL('/sign-in', request.url));
          return NextResponse.next();
        }
      `,
    },
    {
      name: 'settings: a team verifier (getCurrentUser) is not an unverified read',
      filename: ROUTE,
      settings: settingsFor(undefined, { verifiers: ['getCurrentUser'] }),
      code: code`
        import { getCurrentUser } from '@/lib/session';
        export async function GET() {
          const user = await getCurrentUser();
          if (!user) return new Response(null, { status: 401 });
          return Response.json(user);
        }
      `,
    },
    {
      name: 'a decoder helper not named in settings',
      filename: ROUTE,
      code: code`
        import { parseJwt } from '@/lib/jwt';
        export async function GET(request) {
          const claims = parseJwt(request.headers.get('x-token'));
          if (claims.role !== 'admin') return new Response(null, { status: 403 });
          return new Response('ok');
        }
      `,
    },
    {
      name: 'suggestion output: jwt.verify instead of jwt.decode',
      filename: PAGES_API,
      code: code`
        import jwt from 'jsonwebtoken';
        export default function handler(req, res) {
          const claims = jwt.verify(req.cookies.token, process.env.JWT_SECRET!);
          if (claims.role !== 'admin') return res.status(403).end();
          res.json({ ok: true });
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'Supabase: getSession() in middleware decides the redirect',
      filename: MIDDLEWARE,
      code: code`
        import { createServerClient } from '@supabase/ssr';
        import { NextResponse } from 'next/server';
        export async function middleware(request) {
          const supabase = createServerClient(url, key, { cookies: { getAll: () => request.cookies.getAll(), setAll() {} } });
          const { data: { session } } = await supabase.auth.getSession();
          if (!session) return NextResponse.redirect(new URL('/login', request.url));
          return NextResponse.next();
        }
      `,
      errors: [
        {
          messageId: 'storedSession',
          data: { call: 'supabase.auth.getSession()' },
          suggestions: [
            {
              messageId: 'useGetUser',
              output: code`
                import { createServerClient } from '@supabase/ssr';
                import { NextResponse } from 'next/server';
                export async function middleware(request) {
                  const supabase = createServerClient(url, key, { cookies: { getAll: () => request.cookies.getAll(), setAll() {} } });
                  const { data: { user } } = await supabase.auth.getUser();
                  if (!user) return NextResponse.redirect(new URL('/login', request.url));
                  return NextResponse.next();
                }
              `,
            },
          ],
        },
      ],
    },
    storedSession(
      'Supabase: the session\'s access token is used, so no getUser() rewrite',
      ROUTE,
      code`
        import { createClient } from '@/utils/supabase/server';
        export async function GET() {
          const { data: { session } } = await (await createClient()).auth.getSession();
          if (!session) return new Response(null, { status: 401 });
          return fetch('https://api.example.com', { headers: { authorization: \`Bearer \${session.access_token}\` } });
        }
      `,
      null,
    ),
    storedSession(
      'Supabase: a renamed binding keeps its name, session.user becomes the binding',
      ACTIONS,
      code`
        'use server';
        import { createClient } from '@/utils/supabase/server';
        export async function rename(name: string) {
          const supabase = await createClient();
          const { data: { session: current } } = await supabase.auth.getSession();
          if (!current) throw new Error('Unauthorized');
          await supabase.from('profiles').update({ name }).eq('id', current.user.id);
        }
      `,
      code`
        'use server';
        import { createClient } from '@/utils/supabase/server';
        export async function rename(name: string) {
          const supabase = await createClient();
          const { data: { user: current } } = await supabase.auth.getUser();
          if (!current) throw new Error('Unauthorized');
          await supabase.from('profiles').update({ name }).eq('id', current.id);
        }
      `,
    ),
    storedSession(
      'Supabase: getSession() in a server component',
      PAGE,
      code`
        import { createClient } from '@/utils/supabase/server';
        export default async function Account() {
          const supabase = await createClient();
          const { data } = await supabase.auth.getSession();
          return <p>{data.session?.user.email}</p>;
        }
      `,
      code`
        import { createClient } from '@/utils/supabase/server';
        export default async function Account() {
          const supabase = await createClient();
          const { data } = await supabase.auth.getUser();
          return <p>{data.user?.email}</p>;
        }
      `,
    ),
    storedSession(
      'Supabase: getSession() in a route handler, via (await createClient()).auth',
      ROUTE,
      code`
        import { createClient } from '@/utils/supabase/server';
        export async function GET() {
          const { data } = await (await createClient()).auth.getSession();
          return Response.json(data.session?.user ?? null);
        }
      `,
      code`
        import { createClient } from '@/utils/supabase/server';
        export async function GET() {
          const { data } = await (await createClient()).auth.getUser();
          return Response.json(data.user ?? null);
        }
      `,
    ),
    storedSession(
      "Supabase: getSession() in a 'use server' action",
      ACTIONS,
      code`
        'use server';
        import { createClient } from '@/utils/supabase/server';
        export async function deleteAccount() {
          const supabase = await createClient();
          const { data: { session } } = await supabase.auth.getSession();
          if (!session) throw new Error('Unauthorized');
        }
      `,
      code`
        'use server';
        import { createClient } from '@/utils/supabase/server';
        export async function deleteAccount() {
          const supabase = await createClient();
          const { data: { user } } = await supabase.auth.getUser();
          if (!user) throw new Error('Unauthorized');
        }
      `,
    ),
    storedSession(
      "Supabase: getSession() in an inline 'use server' action",
      file('components/delete-button.tsx'),
      code`
        import { createClient } from '@/utils/supabase/server';
        export function DeleteButton() {
          async function remove() {
            'use server';
            const { data } = await (await createClient()).auth.getSession();
            if (!data.session) return;
          }
          return <form action={remove}><button>Delete</button></form>;
        }
      `,
      code`
        import { createClient } from '@/utils/supabase/server';
        export function DeleteButton() {
          async function remove() {
            'use server';
            const { data } = await (await createClient()).auth.getUser();
            if (!data.user) return;
          }
          return <form action={remove}><button>Delete</button></form>;
        }
      `,
    ),
    storedSession(
      'Supabase: getSession() in pages/api',
      PAGES_API,
      code`
        import { createPagesServerClient } from '@supabase/auth-helpers-nextjs';
        export default async function handler(req, res) {
          const supabase = createPagesServerClient({ req, res });
          const { data } = await supabase.auth.getSession();
          if (!data.session) return res.status(401).end();
          res.json({ ok: true });
        }
      `,
      code`
        import { createPagesServerClient } from '@supabase/auth-helpers-nextjs';
        export default async function handler(req, res) {
          const supabase = createPagesServerClient({ req, res });
          const { data } = await supabase.auth.getUser();
          if (!data.user) return res.status(401).end();
          res.json({ ok: true });
        }
      `,
    ),
    storedSession(
      'Supabase: getSession() in getServerSideProps',
      file('pages/account.tsx'),
      code`
        import { createClient } from '@/utils/supabase/server-props';
        export async function getServerSideProps(context) {
          const supabase = createClient(context);
          const { data } = await supabase.auth.getSession();
          if (!data.session) return { redirect: { destination: '/login', permanent: false } };
          return { props: {} };
        }
      `,
      code`
        import { createClient } from '@/utils/supabase/server-props';
        export async function getServerSideProps(context) {
          const supabase = createClient(context);
          const { data } = await supabase.auth.getUser();
          if (!data.user) return { redirect: { destination: '/login', permanent: false } };
          return { props: {} };
        }
      `,
    ),
    storedSession(
      "Supabase: getSession() in a file that imports 'server-only'",
      file('lib/dal.ts'),
      code`
        import 'server-only';
        import { createClient } from '@/utils/supabase/server';
        export async function currentUser() {
          const { data } = await (await createClient()).auth.getSession();
          return data.session?.user ?? null;
        }
      `,
      code`
        import 'server-only';
        import { createClient } from '@/utils/supabase/server';
        export async function currentUser() {
          const { data } = await (await createClient()).auth.getUser();
          return data.user ?? null;
        }
      `,
    ),
    {
      name: 'jsonwebtoken: jwt.decode decides access, with the jwt.verify suggestion',
      filename: PAGES_API,
      code: code`
        import jwt from 'jsonwebtoken';
        export default function handler(req, res) {
          const claims = jwt.decode(req.cookies.token);
          if (claims.role !== 'admin') return res.status(403).end();
          res.json({ ok: true });
        }
      `,
      errors: [
        {
          messageId: 'decodedToken',
          data: { call: 'jwt.decode()', verified: 'jwt.verify(token, secret)' },
          suggestions: [
            {
              messageId: 'verifyToken',
              data: { replacement: 'jwt.verify(req.cookies.token, process.env.JWT_SECRET!)' },
              output: code`
                import jwt from 'jsonwebtoken';
                export default function handler(req, res) {
                  const claims = jwt.verify(req.cookies.token, process.env.JWT_SECRET!);
                  if (claims.role !== 'admin') return res.status(403).end();
                  res.json({ ok: true });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'jsonwebtoken: require() and a ternary on the decoded value, in a .js file',
      filename: file('pages/api/admin.js'),
      code: code`
        const jwt = require('jsonwebtoken');
        module.exports = function handler(req, res) {
          return jwt.decode(req.headers.authorization.slice(7))?.admin ? res.json({ ok: true }) : res.status(403).end();
        };
        export default module.exports;
      `,
      errors: [
        {
          messageId: 'decodedToken',
          suggestions: [
            {
              messageId: 'verifyToken',
              data: { replacement: 'jwt.verify(req.headers.authorization.slice(7), process.env.JWT_SECRET)' },
              output: code`
                const jwt = require('jsonwebtoken');
                module.exports = function handler(req, res) {
                  return jwt.verify(req.headers.authorization.slice(7), process.env.JWT_SECRET)?.admin ? res.json({ ok: true }) : res.status(403).end();
                };
                export default module.exports;
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'jose: decodeJwt decides access, with the jwtVerify suggestion',
      filename: ROUTE,
      code: code`
        import { decodeJwt } from 'jose';
        export async function GET(request) {
          const payload = decodeJwt(request.cookies.get('token')?.value ?? '');
          if (!payload.sub) return new Response(null, { status: 401 });
          return Response.json({ id: payload.sub });
        }
      `,
      errors: [
        {
          messageId: 'decodedToken',
          suggestions: [
            {
              messageId: 'verifyToken',
              data: { replacement: "(await jwtVerify(request.cookies.get('token')?.value ?? '', new TextEncoder().encode(process.env.JWT_SECRET))).payload" },
              output: code`
                import { decodeJwt } from 'jose';
                import { jwtVerify } from 'jose';
                export async function GET(request) {
                  const payload = (await jwtVerify(request.cookies.get('token')?.value ?? '', new TextEncoder().encode(process.env.JWT_SECRET))).payload;
                  if (!payload.sub) return new Response(null, { status: 401 });
                  return Response.json({ id: payload.sub });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'jose: decodeJwt in a sync middleware (no suggestion: jwtVerify is async)',
      filename: MIDDLEWARE,
      code: code`
        import { decodeJwt } from 'jose';
        import { NextResponse } from 'next/server';
        export function middleware(request) {
          const { role } = decodeJwt(request.cookies.get('token')?.value ?? '');
          if (role !== 'admin') return NextResponse.redirect(new URL('/', request.url));
          return NextResponse.next();
        }
      `,
      errors: [{ messageId: 'decodedToken', suggestions: [] }],
    },
    {
      name: 'jwt-decode: jwtDecode() result destructured and compared',
      filename: ROUTE,
      code: code`
        import { jwtDecode } from 'jwt-decode';
        export async function DELETE(request) {
          const { sub, role } = jwtDecode(request.headers.get('authorization') ?? '');
          if (role === 'admin') await removeUser(sub);
          return new Response(null, { status: 204 });
        }
      `,
      errors: [{ messageId: 'decodedToken', data: { call: 'jwtDecode()', verified: "jose's jwtVerify(token, key)" }, suggestions: [] }],
    },
    {
      name: 'jwt-decode v3: default import',
      filename: ROUTE,
      code: code`
        import jwt_decode from 'jwt-decode';
        export async function GET(request) {
          const user = jwt_decode(request.headers.get('x-token'));
          return user.isAdmin ? Response.json(await secrets()) : new Response(null, { status: 403 });
        }
      `,
      errors: [{ messageId: 'decodedToken' }],
    },
    {
      name: "hand decode: JSON.parse(atob(token.split('.')[1]))",
      filename: MIDDLEWARE,
      code: code`
        import { NextResponse } from 'next/server';
        export function middleware(request) {
          const token = request.cookies.get('token')?.value ?? '';
          const payload = JSON.parse(atob(token.split('.')[1]));
          if (payload.role !== 'admin') return NextResponse.redirect(new URL('/', request.url));
          return NextResponse.next();
        }
      `,
      errors: [{ messageId: 'decodedToken', data: { call: 'JSON.parse(atob(token.split(".")[1]))', verified: 'jwtVerify(token, key) from jose' } }],
    },
    {
      name: 'hand decode: Buffer.from(..., base64url) in a server action, through a second variable',
      filename: ACTIONS,
      code: code`
        'use server';
        import { cookies } from 'next/headers';
        export async function promote(id) {
          const token = (await cookies()).get('token')?.value ?? '';
          const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
          const isAdmin = claims.roles.includes('admin');
          if (!isAdmin) throw new Error('Forbidden');
        }
      `,
      errors: [{ messageId: 'decodedToken' }],
    },
    {
      name: 'decoded value guards with && (a logical test)',
      filename: ROUTE,
      code: code`
        import jwt from 'jsonwebtoken';
        export async function POST(request) {
          const claims = jwt.decode(request.headers.get('x-token'));
          claims?.admin && (await grantAccess());
          return new Response(null, { status: 204 });
        }
      `,
      errors: [
        {
          messageId: 'decodedToken',
          suggestions: [
            {
              messageId: 'verifyToken',
              output: code`
                import jwt from 'jsonwebtoken';
                export async function POST(request) {
                  const claims = jwt.verify(request.headers.get('x-token'), process.env.JWT_SECRET!);
                  claims?.admin && (await grantAccess());
                  return new Response(null, { status: 204 });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'decoded value in a switch',
      filename: ROUTE,
      code: code`
        import { decodeJwt } from 'jose';
        export async function GET(request) {
          switch (decodeJwt(request.headers.get('x-token') ?? '').role) {
            case 'admin': return Response.json(await adminData());
            default: return new Response(null, { status: 403 });
          }
        }
      `,
      errors: [
        {
          messageId: 'decodedToken',
          suggestions: [
            {
              messageId: 'verifyToken',
              output: code`
                import { decodeJwt } from 'jose';
                import { jwtVerify } from 'jose';
                export async function GET(request) {
                  switch ((await jwtVerify(request.headers.get('x-token') ?? '', new TextEncoder().encode(process.env.JWT_SECRET))).payload.role) {
                    case 'admin': return Response.json(await adminData());
                    default: return new Response(null, { status: 403 });
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'next-auth v4: getToken({ req, raw: true }) as proof of identity, with the drop-raw suggestion',
      filename: MIDDLEWARE,
      code: code`
        import { getToken } from 'next-auth/jwt';
        import { NextResponse } from 'next/server';
        export async function middleware(req) {
          const token = await getToken({ req, raw: true });
          if (!token) return NextResponse.redirect(new URL('/login', req.url));
          return NextResponse.next();
        }
      `,
      errors: [
        {
          messageId: 'rawToken',
          data: { call: 'getToken()', verified: 'getToken({ req }) without `raw: true`' },
          suggestions: [
            {
              messageId: 'dropRaw',
              output: code`
                import { getToken } from 'next-auth/jwt';
                import { NextResponse } from 'next/server';
                export async function middleware(req) {
                  const token = await getToken({ req });
                  if (!token) return NextResponse.redirect(new URL('/login', req.url));
                  return NextResponse.next();
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'Auth.js v5: getToken raw from @auth/core/jwt in a route',
      filename: ROUTE,
      code: code`
        import { getToken } from '@auth/core/jwt';
        export async function GET(req) {
          if (!(await getToken({ raw: true, req, secret: process.env.AUTH_SECRET }))) return new Response(null, { status: 401 });
          return new Response('ok');
        }
      `,
      errors: [
        {
          messageId: 'rawToken',
          suggestions: [
            {
              messageId: 'dropRaw',
              output: code`
                import { getToken } from '@auth/core/jwt';
                export async function GET(req) {
                  if (!(await getToken({ req, secret: process.env.AUTH_SECRET }))) return new Response(null, { status: 401 });
                  return new Response('ok');
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'Better Auth (strict): getSession without disableCookieCache in a POST, cache on in settings',
      filename: ROUTE,
      settings: COOKIE_CACHE,
      options: STRICT,
      code: code`
        import { auth } from '@/lib/auth';
        import { headers } from 'next/headers';
        export async function POST() {
          const session = await auth.api.getSession({ headers: await headers() });
          if (!session) return new Response(null, { status: 401 });
          return new Response('ok');
        }
      `,
      errors: [
        {
          messageId: 'cookieCacheSession',
          data: { call: 'auth.api.getSession()', verified: 'auth.api.getSession({ headers, query: { disableCookieCache: true } })', handler: 'POST handler' },
          suggestions: [
            {
              messageId: 'disableCookieCache',
              output: code`
                import { auth } from '@/lib/auth';
                import { headers } from 'next/headers';
                export async function POST() {
                  const session = await auth.api.getSession({ headers: await headers(), query: { disableCookieCache: true } });
                  if (!session) return new Response(null, { status: 401 });
                  return new Response('ok');
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'Better Auth (strict): disableCookieCache: false in a server action, cache on in the file',
      filename: ACTIONS,
      options: STRICT,
      code: code`
        'use server';
        import { betterAuth } from 'better-auth';
        import { headers } from 'next/headers';
        export const auth = betterAuth({ session: { cookieCache: { enabled: true, maxAge: 300 } } });
        export async function transfer() {
          const session = await auth.api.getSession({ headers: await headers(), query: { disableCookieCache: false } });
          if (!session) throw new Error('Unauthorized');
        }
      `,
      errors: [
        {
          messageId: 'cookieCacheSession',
          suggestions: [
            {
              messageId: 'disableCookieCache',
              output: code`
                'use server';
                import { betterAuth } from 'better-auth';
                import { headers } from 'next/headers';
                export const auth = betterAuth({ session: { cookieCache: { enabled: true, maxAge: 300 } } });
                export async function transfer() {
                  const session = await auth.api.getSession({ headers: await headers(), query: { disableCookieCache: true } });
                  if (!session) throw new Error('Unauthorized');
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'Better Auth (strict): a DELETE exported as a const arrow',
      filename: ROUTE,
      settings: COOKIE_CACHE,
      options: STRICT,
      code: code`
        import { auth } from '@/lib/auth';
        export const DELETE = async (request) => {
          const session = await auth.api.getSession({ headers: request.headers });
          if (!session) return new Response(null, { status: 401 });
          return new Response(null, { status: 204 });
        };
      `,
      errors: [
        {
          messageId: 'cookieCacheSession',
          suggestions: [
            {
              messageId: 'disableCookieCache',
              output: code`
                import { auth } from '@/lib/auth';
                export const DELETE = async (request) => {
                  const session = await auth.api.getSession({ headers: request.headers, query: { disableCookieCache: true } });
                  if (!session) return new Response(null, { status: 401 });
                  return new Response(null, { status: 204 });
                };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'Better Auth: getSessionCookie() deciding access in a route handler',
      filename: ROUTE,
      code: code`
        import { getSessionCookie } from 'better-auth/cookies';
        export async function DELETE(request) {
          if (!getSessionCookie(request)) return new Response(null, { status: 401 });
          await deleteEverything();
          return new Response(null, { status: 204 });
        }
      `,
      errors: [{ messageId: 'cookiePresence', data: { call: 'getSessionCookie()', verified: 'auth.api.getSession({ headers })' } }],
    },
    {
      name: 'Better Auth: getSessionCookie() stored and checked in a server action',
      filename: ACTIONS,
      code: code`
        'use server';
        import { getSessionCookie } from 'better-auth/cookies';
        import { headers } from 'next/headers';
        export async function archive() {
          const cookie = getSessionCookie(await headers());
          if (!cookie) throw new Error('Unauthorized');
        }
      `,
      errors: [{ messageId: 'cookiePresence' }],
    },
    {
      name: 'settings: a team decoder (tokenDecoders) is treated like jwtDecode',
      filename: ROUTE,
      settings: settingsFor(undefined, { tokenDecoders: [{ from: 'file', path: 'lib/jwt.ts', name: 'parseJwt' }] }),
      code: code`
        import { parseJwt } from '@/lib/jwt';
        export async function GET(request) {
          const claims = parseJwt(request.headers.get('x-token'));
          if (claims.role !== 'admin') return new Response(null, { status: 403 });
          return new Response('ok');
        }
      `,
      errors: [{ messageId: 'decodedToken', data: { call: 'parseJwt()', verified: 'a verify call with the key' } }],
    },
  ],
});
