import { code, createRuleTester, file, settingsFor } from '../../test-utils/rule-tester.js';
import rule, { RULE_NAME } from './no-manual-session-cookie.rule.js';

const ruleTester = createRuleTester();
const ROUTE = file('app/api/me/route.ts');
const LOGOUT = file('app/api/logout/route.ts');
const MIDDLEWARE = file('middleware.ts');
const PAGES_API = file('pages/api/me.ts');
const CLIENT = file('components/user-menu.tsx');

ruleTester.run(RULE_NAME, rule, {
  valid: [
    {
      name: 'next-auth v4: getToken({ req }) reads every variant and verifies',
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
      name: 'Auth.js v5: auth() from the app config',
      filename: ROUTE,
      code: code`
        import { auth } from '@/auth';
        export async function GET() {
          const session = await auth();
          return Response.json(session?.user ?? null);
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
      name: 'Better Auth: auth.api.getSession({ headers }) in a route',
      filename: ROUTE,
      code: code`
        import { auth } from '@/lib/auth';
        import { headers } from 'next/headers';
        export async function GET() {
          const session = await auth.api.getSession({ headers: await headers() });
          return Response.json(session);
        }
      `,
    },
    {
      name: 'Supabase: the server client reads its own cookies',
      filename: ROUTE,
      code: code`
        import { createServerClient } from '@supabase/ssr';
        import { cookies } from 'next/headers';
        export async function GET() {
          const cookieStore = await cookies();
          const supabase = createServerClient(process.env.URL, process.env.KEY, {
            cookies: { getAll: () => cookieStore.getAll(), setAll: list => list.forEach(c => cookieStore.set(c.name, c.value, c.options)) },
          });
          const { data } = await supabase.auth.getUser();
          return Response.json(data.user);
        }
      `,
    },
    {
      name: "the app's own cookie, read by name",
      filename: ROUTE,
      code: code`
        import { cookies } from 'next/headers';
        export async function GET() {
          const theme = (await cookies()).get('theme')?.value;
          return Response.json({ theme });
        }
      `,
    },
    {
      name: 'next-auth config naming its cookie (a property value, not a read)',
      filename: file('lib/auth.ts'),
      code: code`
        export const authOptions = {
          cookies: { sessionToken: { name: '__Secure-next-auth.session-token', options: { httpOnly: true, secure: true } } },
        };
      `,
    },
    {
      name: 'getToken with an explicit cookieName option',
      filename: ROUTE,
      code: code`
        import { getToken } from 'next-auth/jwt';
        export async function GET(req) {
          return Response.json(await getToken({ req, cookieName: 'next-auth.session-token' }));
        }
      `,
    },
    {
      name: 'logout deletes every variant, chunks by prefix',
      filename: LOGOUT,
      code: code`
        import { cookies } from 'next/headers';
        export async function POST() {
          const store = await cookies();
          for (const cookie of store.getAll()) {
            if (cookie.name.startsWith('next-auth.session-token') || cookie.name.startsWith('__Secure-next-auth.session-token')) {
              store.delete(cookie.name);
            }
          }
          return new Response(null, { status: 204 });
        }
      `,
    },
    {
      name: 'logout deletes a prefixed name and its chunks from templates',
      filename: LOGOUT,
      code: code`
        import { cookies } from 'next/headers';
        export async function POST() {
          const store = await cookies();
          for (const prefix of ['', '__Secure-']) {
            store.delete(\`\${prefix}authjs.session-token\`);
            for (let i = 0; i < 4; i++) store.delete(\`\${prefix}authjs.session-token.\${i}\`);
          }
          return new Response(null, { status: 204 });
        }
      `,
    },
    {
      name: 'Better Auth logout deleting both session_token names',
      filename: LOGOUT,
      code: code`
        export async function POST(request) {
          const response = new Response(null, { status: 204 });
          response.cookies.delete('better-auth.session_token');
          response.cookies.delete('__Secure-better-auth.session_token');
          return response;
        }
      `,
    },
    {
      name: 'a deletion next to the library sign-out (which clears every variant)',
      filename: LOGOUT,
      code: code`
        import { auth } from '@/lib/auth';
        import { cookies, headers } from 'next/headers';
        export async function POST() {
          await auth.api.signOut({ headers: await headers() });
          (await cookies()).delete('better-auth.session_token');
          return new Response(null, { status: 204 });
        }
      `,
    },
    {
      name: 'Set-Cookie header clearing every variant by array',
      filename: file('pages/api/logout.ts'),
      code: code`
        export default function handler(req, res) {
          res.setHeader('Set-Cookie', [
            'sb-abcd-auth-token=; Path=/; Max-Age=0',
            'sb-abcd-auth-token.0=; Path=/; Max-Age=0',
            'sb-abcd-auth-token.1=; Path=/; Max-Age=0',
          ]);
          res.status(204).end();
        }
      `,
    },
    {
      name: 'writing a cookie is not reading it',
      filename: ROUTE,
      code: code`
        export async function POST(req) {
          const res = new Response(null);
          res.cookies.set('next-auth.callback-url', '/dashboard');
          return res;
        }
      `,
    },
    {
      name: 'a csrf cookie is not a session cookie',
      filename: ROUTE,
      code: code`
        export async function POST(req) {
          return Response.json({ csrf: req.cookies.get('next-auth.csrf-token')?.value });
        }
      `,
    },
    {
      name: 'a read helper not named in settings',
      filename: ROUTE,
      code: code`
        import { readCookie } from '@/lib/cookies';
        export async function GET() {
          return Response.json({ token: readCookie('next-auth.session-token') });
        }
      `,
    },
    {
      name: 'suggestion output: getToken({ req }) instead of req.cookies.get(...)',
      filename: MIDDLEWARE,
      code: code`
        import { NextResponse } from 'next/server';
        import { getToken } from 'next-auth/jwt';
        export async function middleware(req) {
          const token = await getToken({ req });
          if (!token) return NextResponse.redirect(new URL('/login', req.url));
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'next-auth v4: cookies().get() in a route handler',
      filename: ROUTE,
      code: code`
        import { cookies } from 'next/headers';
        export async function GET() {
          const token = (await cookies()).get('next-auth.session-token')?.value;
          return Response.json({ signedIn: Boolean(token) });
        }
      `,
      errors: [
        {
          messageId: 'manualRead',
          data: {
            library: 'NextAuth.js v4',
            name: 'next-auth.session-token',
            misses: 'the `__Secure-` name used over HTTPS, the `.0`, `.1` chunks of a large value and the signature check',
            reader: 'getToken({ req }) from next-auth/jwt (or getServerSession())',
          },
          suggestions: [],
        },
      ],
    },
    {
      name: 'next-auth v4: request.cookies.get()?.value in middleware, with the getToken suggestion',
      filename: MIDDLEWARE,
      code: code`
        import { NextResponse } from 'next/server';
        export async function middleware(req) {
          const token = req.cookies.get('next-auth.session-token')?.value;
          if (!token) return NextResponse.redirect(new URL('/login', req.url));
        }
      `,
      errors: [
        {
          messageId: 'manualRead',
          suggestions: [
            {
              messageId: 'useReader',
              output: code`
                import { NextResponse } from 'next/server';
                import { getToken } from 'next-auth/jwt';
                export async function middleware(req) {
                  const token = await getToken({ req });
                  if (!token) return NextResponse.redirect(new URL('/login', req.url));
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'next-auth v4: the __Secure- name read by hand still misses chunks and the signature (value used as a string: no reader suggestion)',
      filename: ROUTE,
      code: code`
        export async function GET(request) {
          const token = request.cookies.get('__Secure-next-auth.session-token') ?? request.cookies.get('next-auth.session-token');
          return Response.json({ token: token?.value });
        }
      `,
      errors: [
        { messageId: 'manualRead', suggestions: [] },
        { messageId: 'manualRead', suggestions: [] },
      ],
    },
    {
      name: 'next-auth v4: pages/api req.cookies[name]',
      filename: PAGES_API,
      code: code`
        export default async function handler(req, res) {
          const token = req.cookies['next-auth.session-token'];
          if (!token) return res.status(401).end();
          res.json({ ok: true });
        }
      `,
      errors: [
        {
          messageId: 'manualRead',
          suggestions: [
            {
              messageId: 'useReader',
              output: code`
                import { getToken } from 'next-auth/jwt';
                export default async function handler(req, res) {
                  const token = await getToken({ req });
                  if (!token) return res.status(401).end();
                  res.json({ ok: true });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'next-auth v4: destructuring the cookie out of req.cookies',
      filename: PAGES_API,
      code: code`
        export default function handler(req, res) {
          const { 'next-auth.session-token': token } = req.cookies;
          res.json({ token });
        }
      `,
      errors: [{ messageId: 'manualRead' }],
    },
    {
      name: 'next-auth v4: no suggestion in a sync function (getToken is async)',
      filename: MIDDLEWARE,
      code: code`
        import { NextResponse } from 'next/server';
        export function middleware(req) {
          if (!req.cookies.has('next-auth.session-token')) return NextResponse.redirect(new URL('/login', req.url));
        }
      `,
      errors: [{ messageId: 'manualRead', suggestions: [] }],
    },
    {
      name: 'Auth.js v5: authjs.session-token, no code suggestion (getToken needs secret and secureCookie)',
      filename: ROUTE,
      code: code`
        export async function GET(request) {
          return Response.json({ token: request.cookies.get('authjs.session-token')?.value });
        }
      `,
      errors: [{ messageId: 'manualRead', suggestions: [] }],
    },
    {
      name: 'Auth.js v5: __Secure-authjs.session-token via a const name',
      filename: ROUTE,
      code: code`
        import { cookies } from 'next/headers';
        const SESSION_COOKIE = '__Secure-authjs.session-token';
        export async function GET() {
          const store = await cookies();
          return Response.json({ has: store.has(SESSION_COOKIE) });
        }
      `,
      errors: [{ messageId: 'manualRead' }],
    },
    {
      name: 'Better Auth: request.cookies.get() in middleware, with the getSessionCookie suggestion',
      filename: MIDDLEWARE,
      code: code`
        import { NextResponse } from 'next/server';
        export function middleware(request) {
          const session = request.cookies.get('better-auth.session_token')?.value;
          if (!session) return NextResponse.redirect(new URL('/sign-in', request.url));
        }
      `,
      errors: [
        {
          messageId: 'manualRead',
          suggestions: [
            {
              messageId: 'useReader',
              output: code`
                import { NextResponse } from 'next/server';
                import { getSessionCookie } from 'better-auth/cookies';
                export function middleware(request) {
                  const session = getSessionCookie(request);
                  if (!session) return NextResponse.redirect(new URL('/sign-in', request.url));
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'Better Auth: has() becomes Boolean(getSessionCookie())',
      filename: MIDDLEWARE,
      code: code`
        import { getSessionCookie } from 'better-auth/cookies';
        export function middleware(request) {
          return request.cookies.has('better-auth.session_token') ? undefined : Response.redirect('/sign-in');
        }
      `,
      errors: [
        {
          messageId: 'manualRead',
          suggestions: [
            {
              messageId: 'useReader',
              output: code`
                import { getSessionCookie } from 'better-auth/cookies';
                export function middleware(request) {
                  return Boolean(getSessionCookie(request)) ? undefined : Response.redirect('/sign-in');
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'Better Auth: a presence check in a route handler gets no getSessionCookie suggestion (it only fits middleware)',
      filename: ROUTE,
      code: code`
        export async function POST(request) {
          if (!request.cookies.get('better-auth.session_token')) return new Response(null, { status: 401 });
          return new Response('ok');
        }
      `,
      errors: [{ messageId: 'manualRead', suggestions: [] }],
    },
    {
      name: 'Better Auth: the session_data cookie cache read by hand',
      filename: ROUTE,
      code: code`
        import { cookies } from 'next/headers';
        export async function GET() {
          const data = (await cookies()).get('better-auth.session_data')?.value;
          return Response.json(JSON.parse(atob(data ?? '')));
        }
      `,
      errors: [{ messageId: 'manualRead' }],
    },
    {
      name: 'Supabase: sb-<ref>-auth-token read by hand',
      filename: ROUTE,
      code: code`
        import { cookies } from 'next/headers';
        export async function GET() {
          const raw = (await cookies()).get('sb-abcdefgh-auth-token')?.value;
          return Response.json({ signedIn: Boolean(raw) });
        }
      `,
      errors: [{ messageId: 'manualRead', suggestions: [] }],
    },
    {
      name: 'client: a regex on document.cookie',
      filename: CLIENT,
      code: code`
        'use client';
        export function useSignedIn() {
          return /next-auth\.session-token=([^;]+)/.test(document.cookie);
        }
      `,
      errors: [{ messageId: 'manualRead' }],
    },
    {
      name: 'client: document.cookie split and startsWith',
      filename: CLIENT,
      code: code`
        'use client';
        export function readToken() {
          return document.cookie.split('; ').find(row => row.startsWith('authjs.session-token='))?.split('=')[1];
        }
      `,
      errors: [{ messageId: 'manualRead' }],
    },
    {
      name: 'client: new RegExp over the cookie header',
      filename: CLIENT,
      code: code`
        export function tokenFrom(header) {
          return new RegExp('(?:^|; )better-auth\\.session_token=([^;]*)').exec(header)?.[1];
        }
      `,
      errors: [{ messageId: 'manualRead' }],
    },
    {
      name: 'js-cookie Cookies.get()',
      filename: CLIENT,
      code: code`
        import Cookies from 'js-cookie';
        export const token = () => Cookies.get('next-auth.session-token');
      `,
      errors: [{ messageId: 'manualRead' }],
    },
    {
      name: 'cookies-next getCookie()',
      filename: PAGES_API,
      code: code`
        import { getCookie } from 'cookies-next';
        export default function handler(req, res) {
          res.json({ token: getCookie('__Secure-next-auth.session-token', { req, res }) });
        }
      `,
      errors: [{ messageId: 'manualRead' }],
    },
    {
      name: 'cookie package parse()[name]',
      filename: PAGES_API,
      code: code`
        import { parse } from 'cookie';
        export default function handler(req, res) {
          const token = parse(req.headers.cookie ?? '')['next-auth.session-token'];
          res.json({ token });
        }
      `,
      errors: [{ messageId: 'manualRead', suggestions: [] }],
    },
    {
      name: 'getAll().find(c => c.name === name)',
      filename: ROUTE,
      code: code`
        import { cookies } from 'next/headers';
        export async function GET() {
          const cookie = (await cookies()).getAll().find(c => c.name === 'next-auth.session-token');
          return Response.json({ signedIn: Boolean(cookie) });
        }
      `,
      errors: [{ messageId: 'manualRead' }],
    },
    {
      name: 'a Map built from the cookie header',
      filename: ROUTE,
      code: code`
        export async function GET(request) {
          const jar = new Map(request.headers.get('cookie').split('; ').map(pair => pair.split('=')));
          return Response.json({ token: jar.get('next-auth.session-token') });
        }
      `,
      errors: [{ messageId: 'manualRead' }],
    },
    {
      name: 'a logout that reads the token by hand to revoke it (the read is reported, the deletion too)',
      filename: LOGOUT,
      code: code`
        import { cookies } from 'next/headers';
        import { db } from '@/lib/db';
        export async function POST() {
          const store = await cookies();
          const token = store.get('next-auth.session-token')?.value;
          await db.session.delete({ where: { sessionToken: token } });
          store.delete('next-auth.session-token');
          return new Response(null, { status: 204 });
        }
      `,
      errors: [{ messageId: 'manualRead' }, { messageId: 'incompleteDeletion' }],
    },
    {
      name: 'deletion: next-auth v4 plain name only (missing __Secure- and the chunks)',
      filename: LOGOUT,
      code: code`
        import { cookies } from 'next/headers';
        export async function POST() {
          (await cookies()).delete('next-auth.session-token');
          return new Response(null, { status: 204 });
        }
      `,
      errors: [
        {
          messageId: 'incompleteDeletion',
          data: {
            deleted: '`next-auth.session-token`',
            missing: '`__Secure-next-auth.session-token`, `next-auth.session-token.0`, `next-auth.session-token.1`',
            library: 'NextAuth.js v4',
          },
        },
      ],
    },
    {
      name: 'deletion: both names but no chunks',
      filename: LOGOUT,
      code: code`
        export async function POST() {
          const response = new Response(null, { status: 204 });
          response.cookies.delete('authjs.session-token');
          response.cookies.delete('__Secure-authjs.session-token');
          return response;
        }
      `,
      errors: [{ messageId: 'incompleteDeletion', data: { deleted: '`authjs.session-token`, `__Secure-authjs.session-token`', missing: '`authjs.session-token.0`, `authjs.session-token.1`', library: 'Auth.js v5' } }],
    },
    {
      name: 'deletion: set(name, "", { maxAge: 0 })',
      filename: file('app/actions.ts'),
      code: code`
        'use server';
        import { cookies } from 'next/headers';
        export async function logout() {
          (await cookies()).set('better-auth.session_token', '', { maxAge: 0 });
        }
      `,
      errors: [{ messageId: 'incompleteDeletion', data: { deleted: '`better-auth.session_token`', missing: '`__Secure-better-auth.session_token`', library: 'Better Auth' } }],
    },
    {
      name: 'deletion: Set-Cookie header with Max-Age=0 in pages/api',
      filename: file('pages/api/logout.ts'),
      code: code`
        export default function handler(req, res) {
          res.setHeader('Set-Cookie', 'next-auth.session-token=; Path=/; Max-Age=0; HttpOnly');
          res.redirect('/');
        }
      `,
      errors: [{ messageId: 'incompleteDeletion' }],
    },
    {
      name: 'deletion: Set-Cookie in a Response headers object',
      filename: LOGOUT,
      code: code`
        export async function POST() {
          return new Response(null, { status: 204, headers: { 'Set-Cookie': '__Secure-next-auth.session-token=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT' } });
        }
      `,
      errors: [{ messageId: 'incompleteDeletion', data: { deleted: '`__Secure-next-auth.session-token`', missing: '`next-auth.session-token`, `next-auth.session-token.0`, `next-auth.session-token.1`', library: 'NextAuth.js v4' } }],
    },
    {
      name: 'deletion: a name list deleted in a loop misses the chunks',
      filename: LOGOUT,
      code: code`
        import { cookies } from 'next/headers';
        export async function POST() {
          const store = await cookies();
          ['next-auth.session-token', '__Secure-next-auth.session-token'].forEach(name => store.delete(name));
          return new Response(null, { status: 204 });
        }
      `,
      errors: [{ messageId: 'incompleteDeletion', data: { deleted: '`next-auth.session-token`, `__Secure-next-auth.session-token`', missing: '`next-auth.session-token.0`, `next-auth.session-token.1`', library: 'NextAuth.js v4' } }],
    },
    {
      name: 'deletion: startsWith filter over getAll() misses the __Secure- name, and is not called reading',
      filename: LOGOUT,
      code: code`
        import { cookies } from 'next/headers';
        export async function POST() {
          const store = await cookies();
          store.getAll().filter(c => c.name.startsWith('next-auth.session-token')).forEach(c => store.delete(c.name));
          return new Response(null, { status: 204 });
        }
      `,
      errors: [{ messageId: 'incompleteDeletion', data: { deleted: '`next-auth.session-token*`', missing: '`__Secure-next-auth.session-token`', library: 'NextAuth.js v4' } }],
    },
    {
      name: 'deletion: client document.cookie expiry',
      filename: CLIENT,
      code: code`
        'use client';
        export function logout() {
          document.cookie = 'sb-abcd-auth-token=; Max-Age=0; path=/';
          location.assign('/');
        }
      `,
      errors: [{ messageId: 'incompleteDeletion', data: { deleted: '`sb-abcd-auth-token`', missing: '`sb-abcd-auth-token.0`, `sb-abcd-auth-token.1`', library: 'Supabase' } }],
    },
    {
      name: 'deletion: cookies-next deleteCookie',
      filename: CLIENT,
      code: code`
        import { deleteCookie } from 'cookies-next';
        export function logout() {
          deleteCookie('better-auth.session_token');
        }
      `,
      errors: [{ messageId: 'incompleteDeletion' }],
    },
    {
      name: 'settings: a team cookie reader is treated like cookies().get',
      filename: ROUTE,
      settings: settingsFor(undefined, { cookieReads: [{ from: 'file', path: 'lib/cookies.ts', name: 'readCookie' }] }),
      code: code`
        import { readCookie } from '@/lib/cookies';
        export async function GET() {
          return Response.json({ token: readCookie('next-auth.session-token') });
        }
      `,
      errors: [{ messageId: 'manualRead' }],
    },
    {
      name: 'settings: a team cookie deleter is treated like cookies().delete',
      filename: LOGOUT,
      settings: settingsFor(undefined, { cookieDeletes: ['expireCookie'] }),
      code: code`
        import { expireCookie } from '@/lib/cookies';
        export async function POST() {
          await expireCookie('authjs.session-token');
          return new Response(null, { status: 204 });
        }
      `,
      errors: [{ messageId: 'incompleteDeletion' }],
    },
  ],
});
