import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import { code, createRuleTester, file, settingsFor } from '../../test-utils/rule-tester.js';
import rule, { RULE_NAME } from './auth-response-no-store.rule.js';

type MessageIds = 'storableHeader' | 'storableConfigHeader' | 'cachingSegmentConfig' | 'sessionEndpointWithoutNoStore' | 'useNoStore' | 'removeExport' | 'addNoStore';
type Case = InvalidTestCase<MessageIds, [{ requireNoStoreOnSessionEndpoints?: boolean }]>;

const ruleTester = createRuleTester();
const ME_ROUTE = file('app/api/me/route.ts');
const SESSION_ROUTE = file('app/api/auth/session/route.ts');
const STRICT = [{ requireNoStoreOnSessionEndpoints: true }] as const;

/**
 * A case reporting the storable header value `value` (as written in `source`);
 * its suggestion output is the source with the last occurrence of it replaced.
 */
function storable(name: string, source: string, value: string, extra: Partial<Case> & { data?: Record<string, string>; line?: number } = {}): Case {
  const { data, line, ...rest } = extra;
  const at = source.lastIndexOf(value);
  if (at < 0) throw new Error(`${name}: ${value} is not in the source`);
  const replacement = /surrogate-control/i.test(source.slice(source.lastIndexOf('\n', at), at)) ? "'no-store'" : "'private, no-store'";
  return {
    name,
    filename: ME_ROUTE,
    code: source,
    ...rest,
    errors: [
      {
        messageId: 'storableHeader',
        ...(data ? { data } : {}),
        ...(line ? { line } : {}),
        suggestions: [{ messageId: 'useNoStore', output: source.slice(0, at) + replacement + source.slice(at + value.length) }],
      },
    ],
  };
}

/** A case reporting a caching segment config export; its suggestion removes the export line. */
function segment(name: string, filename: string, source: string, extra: Partial<Case> & { data?: Record<string, string> } = {}): Case {
  const { data, ...rest } = extra;
  const output = source
    .split('\n')
    .filter(line => !/^export const (?:dynamic|revalidate|fetchCache) =/.test(line))
    .join('\n');
  return {
    name,
    filename,
    code: source,
    ...rest,
    errors: [{ messageId: 'cachingSegmentConfig', ...(data ? { data } : {}), suggestions: [{ messageId: 'removeExport', output }] }],
  };
}

const NEXT_CONFIG_TS = file('next.config.ts');

/** A `next.config.ts` whose `headers()` returns `entries`. */
const nextConfig = (entries: string): string => `import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  async headers() {
    return [
${entries}
    ];
  },
};

export default nextConfig;
`;

/** A `headers()` entry with one header. */
const entry = (source: string, key: string, value: string): string => `      { source: '${source}', headers: [{ key: '${key}', value: '${value}' }] },`;

/** A next.config case reporting `value`; its suggestion output replaces it with the no-store value for the header. */
function storableConfig(name: string, source: string, value: string, extra: { filename?: string; replacement?: string; data?: Record<string, string> } = {}): Case {
  const at = source.lastIndexOf(`'${value}'`);
  if (at < 0) throw new Error(`${name}: ${value} is not in the source`);
  const replacement = extra.replacement ?? 'private, no-store';
  return {
    name,
    filename: extra.filename ?? NEXT_CONFIG_TS,
    code: source,
    errors: [
      {
        messageId: 'storableConfigHeader',
        ...(extra.data ? { data: extra.data } : {}),
        suggestions: [
          { messageId: 'useNoStore', data: { value: replacement }, output: `${source.slice(0, at)}'${replacement}'${source.slice(at + value.length + 2)}` },
        ],
      },
    ],
  };
}

ruleTester.run(RULE_NAME, rule, {
  valid: [
    {
      name: 'next-auth v4: private, no-store on a per-user response',
      filename: ME_ROUTE,
      code: code`
        import { getServerSession } from 'next-auth';
        import { NextResponse } from 'next/server';
        import { authOptions } from '@/lib/auth';
        export async function GET() {
          const session = await getServerSession(authOptions);
          return NextResponse.json(session, { headers: { 'Cache-Control': 'private, no-store' } });
        }
      `,
    },
    {
      name: 'a public, CDN-cached route that never reads the session',
      filename: file('app/api/products/route.ts'),
      code: code`
        import { NextResponse } from 'next/server';
        export async function GET() {
          return NextResponse.json([{ id: 1 }], { headers: { 'Cache-Control': 'public, s-maxage=3600' } });
        }
      `,
    },
    {
      name: 'Cache-Control on an outgoing fetch is a request header',
      filename: ME_ROUTE,
      code: code`
        import { auth } from '@/auth';
        export async function GET() {
          const session = await auth();
          const res = await fetch('https://api.example.com/profile', { headers: { 'Cache-Control': 'max-age=60', Authorization: session?.accessToken ?? '' } });
          return Response.json(await res.json(), { headers: { 'Cache-Control': 'private, no-store' } });
        }
      `,
    },
    {
      name: 'request headers built in a variable and passed to fetch',
      filename: ME_ROUTE,
      code: code`
        import { auth } from '@/auth';
        export async function GET() {
          const session = await auth();
          const headers = { 'Cache-Control': 'max-age=600', Authorization: \`Bearer \${session?.accessToken}\` };
          const res = await fetch('https://api.example.com/me', { headers });
          return new Response(res.body);
        }
      `,
    },
    {
      name: 'no-cache forces revalidation: not reusable as is',
      filename: ME_ROUTE,
      code: code`
        import { auth } from '@/auth';
        export async function GET() {
          const session = await auth();
          return Response.json(session, { headers: { 'Cache-Control': 'no-cache, max-age=60' } });
        }
      `,
    },
    {
      name: 'public with an explicit zero lifetime',
      filename: ME_ROUTE,
      code: code`
        import { auth } from '@/auth';
        export async function GET() {
          const session = await auth();
          return Response.json(session, { headers: { 'Cache-Control': 'public, max-age=0, must-revalidate' } });
        }
      `,
    },
    {
      name: 'a value the file does not show is not judged',
      filename: ME_ROUTE,
      code: code`
        import { auth } from '@/auth';
        export async function GET(request: Request) {
          const session = await auth();
          const ttl = Number(new URL(request.url).searchParams.get('ttl'));
          return Response.json(session, { headers: { 'Cache-Control': \`max-age=\${ttl}\` } });
        }
      `,
    },
    {
      name: 'revalidate on a page that does not read the session',
      filename: file('app/blog/page.tsx'),
      code: code`
        export const revalidate = 3600;
        export default async function Blog() {
          const posts = await fetch('https://cms.example.com/posts').then(r => r.json());
          return <ul>{posts.map((p: { id: string; title: string }) => <li key={p.id}>{p.title}</li>)}</ul>;
        }
      `,
    },
    {
      name: 'Auth.js v5: force-dynamic and revalidate = 0 ask for no caching',
      filename: file('app/dashboard/page.tsx'),
      code: code`
        import { auth } from '@/auth';
        export const dynamic = 'force-dynamic';
        export const revalidate = 0;
        export default async function Dashboard() {
          const session = await auth();
          return <p>{session?.user?.name}</p>;
        }
      `,
    },
    {
      name: 'force-dynamic wins over a revalidate export',
      filename: file('app/dashboard/page.tsx'),
      code: code`
        import { auth } from '@/auth';
        export const dynamic = 'force-dynamic';
        export const revalidate = 60;
        export default async function Dashboard() {
          const session = await auth();
          return <p>{session?.user?.name}</p>;
        }
      `,
    },
    {
      name: 'next-auth v4 catch-all route stays clean',
      filename: file('app/api/auth/[...nextauth]/route.ts'),
      settings: settingsFor(4),
      code: code`
        import NextAuth from 'next-auth';
        import { authOptions } from '@/lib/auth';
        const handler = NextAuth(authOptions);
        export { handler as GET, handler as POST };
      `,
    },
    {
      name: 'Auth.js v5 handlers re-export stays clean',
      filename: file('app/api/auth/[...nextauth]/route.ts'),
      settings: settingsFor(5),
      code: code`
        import { handlers } from '@/auth';
        export const { GET, POST } = handlers;
      `,
    },
    {
      name: 'Better Auth catch-all handler stays clean',
      filename: file('app/api/auth/[...all]/route.ts'),
      code: code`
        import { auth } from '@/lib/auth';
        import { toNextJsHandler } from 'better-auth/next-js';
        export const { GET, POST } = toNextJsHandler(auth);
      `,
    },
    {
      name: 'Supabase: getUser() and a plain JSON response',
      filename: ME_ROUTE,
      code: code`
        import { createClient } from '@/utils/supabase/server';
        export async function GET() {
          const supabase = await createClient();
          const { data: { user } } = await supabase.auth.getUser();
          if (!user) return new Response(null, { status: 401 });
          return Response.json({ id: user.id });
        }
      `,
    },
    {
      name: 'Clerk middleware stays clean',
      filename: file('middleware.ts'),
      code: code`
        import { clerkMiddleware } from '@clerk/nextjs/server';
        export default clerkMiddleware();
        export const config = { matcher: ['/((?!_next|.*\\\\..*).*)'] };
      `,
    },
    {
      name: 'a session endpoint without Cache-Control is fine outside strict',
      filename: SESSION_ROUTE,
      settings: settingsFor(4),
      code: code`
        import { getServerSession } from 'next-auth';
        import { NextResponse } from 'next/server';
        import { authOptions } from '@/lib/auth';
        export async function GET() {
          const session = await getServerSession(authOptions);
          return NextResponse.json(session ?? {});
        }
      `,
    },
    {
      name: 'strict: every session endpoint response says private, no-store',
      filename: SESSION_ROUTE,
      settings: settingsFor(5),
      options: STRICT,
      code: code`
        import { auth } from '@/auth';
        const NO_STORE = { 'Cache-Control': 'private, no-store' };
        export async function GET() {
          const session = await auth();
          if (!session) return Response.json(null, { headers: { 'Cache-Control': 'private, no-cache, no-store, max-age=0' } });
          return Response.json(session, { headers: { ...NO_STORE, 'Cache-Control': 'no-store, private' } });
        }
      `,
    },
    {
      name: 'strict: headers set on the response object once cover the handler',
      filename: SESSION_ROUTE,
      settings: settingsFor(4),
      options: STRICT,
      code: code`
        import { getServerSession } from 'next-auth';
        import { NextResponse } from 'next/server';
        import { authOptions } from '@/lib/auth';
        export async function GET() {
          const session = await getServerSession(authOptions);
          const response = NextResponse.json(session ?? {});
          response.headers.set('Cache-Control', 'private, no-store');
          return response;
        }
      `,
    },
    {
      name: 'strict: pages/api session endpoint with res.setHeader',
      filename: file('pages/api/auth/session.ts'),
      settings: settingsFor(4),
      options: STRICT,
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        import { getServerSession } from 'next-auth/next';
        import { authOptions } from '@/lib/auth';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          res.setHeader('Cache-Control', 'private, no-store');
          const session = await getServerSession(req, res, authOptions);
          res.status(200).json(session ?? {});
        }
      `,
    },
    {
      name: 'strict: a non-session route needs no header',
      filename: ME_ROUTE,
      options: STRICT,
      code: code`
        import { auth } from '@/auth';
        export async function GET() {
          return Response.json(await auth());
        }
      `,
    },
    {
      name: 'a header helper outside any handler is not a response of one',
      filename: file('lib/http.ts'),
      code: code`
        export const cached = (body: unknown) => Response.json(body, { headers: { 'Cache-Control': 'public, max-age=60' } });
      `,
    },
    {
      name: 'suggestion output re-linted: the caching export removed',
      filename: ME_ROUTE,
      code: code`
        import { auth } from '@/auth';
        export async function GET() {
          const session = await auth();
          return Response.json(session);
        }
      `,
    },
    {
      name: 'suggestion output re-linted: Surrogate-Control no-store',
      filename: ME_ROUTE,
      code: code`
        import { auth } from '@/auth';
        export async function GET() {
          const session = await auth();
          return Response.json(session, { headers: { 'Surrogate-Control': 'no-store' } });
        }
      `,
    },
    {
      name: 'suggestion output re-linted under strict: init added to a session endpoint response',
      filename: SESSION_ROUTE,
      settings: settingsFor(4),
      options: STRICT,
      code: code`
        import { getServerSession } from 'next-auth';
        import { NextResponse } from 'next/server';
        import { authOptions } from '@/lib/auth';
        export async function GET() {
          const session = await getServerSession(authOptions);
          return NextResponse.json(session ?? {}, { headers: { 'Cache-Control': 'private, no-store' } });
        }
      `,
    },
    {
      name: 'suggestion output re-linted under strict: pages/api setHeader inserted',
      filename: file('pages/api/auth/session.ts'),
      settings: settingsFor(4),
      options: STRICT,
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        import { getServerSession } from 'next-auth/next';
        import { authOptions } from '@/lib/auth';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          const session = await getServerSession(req, res, authOptions);
          res.setHeader('Cache-Control', 'private, no-store');
          return res.status(200).json(session ?? {});
        }
      `,
    },
    {
      name: 'getServerSideProps of a public page may let the CDN cache it',
      filename: file('pages/blog.tsx'),
      code: code`
        import type { GetServerSideProps } from 'next';
        export const getServerSideProps: GetServerSideProps = async ({ res }) => {
          res.setHeader('Cache-Control', 'public, s-maxage=10, stale-while-revalidate=59');
          return { props: { posts: [] } };
        };
        export default function Blog() {
          return null;
        }
      `,
    },
    {
      name: 'reading a cookie that is not about auth',
      filename: file('app/api/theme/route.ts'),
      code: code`
        import { cookies } from 'next/headers';
        export async function GET() {
          const theme = (await cookies()).get('theme')?.value ?? 'light';
          return Response.json({ theme }, { headers: { 'Cache-Control': 'public, max-age=60' } });
        }
      `,
    },
    // next.config.{js,mjs,ts} headers()
    {
      name: 'next.config: static assets cached for a year with immutable',
      filename: NEXT_CONFIG_TS,
      code: nextConfig(entry('/_next/static/:path*', 'Cache-Control', 'public, max-age=31536000, immutable')),
    },
    {
      name: 'next.config: fonts and images cached publicly',
      filename: NEXT_CONFIG_TS,
      code: nextConfig(
        [entry('/fonts/(.*)', 'Cache-Control', 'public, max-age=31536000, immutable'), entry('/images/:path*', 'Cache-Control', 'public, max-age=86400')].join('\n'),
      ),
    },
    {
      name: 'next.config: file extensions under any path are assets',
      filename: NEXT_CONFIG_TS,
      code: nextConfig(entry('/:path*.(svg|png|jpg|woff2)', 'Cache-Control', 'public, max-age=604800, immutable')),
    },
    {
      name: 'next.config: private, no-store on the API (the fix)',
      filename: NEXT_CONFIG_TS,
      code: nextConfig(entry('/api/(.*)', 'Cache-Control', 'private, no-store')),
    },
    {
      name: 'next.config: security headers on every path',
      filename: NEXT_CONFIG_TS,
      code: nextConfig(entry('/:path*', 'X-Frame-Options', 'DENY')),
    },
    {
      name: 'next.config: Surrogate-Control no-store on the API',
      filename: NEXT_CONFIG_TS,
      code: nextConfig(entry('/api/:path*', 'Surrogate-Control', 'no-store')),
    },
    {
      name: 'next.config: public with max-age=0 stores nothing fresh',
      filename: NEXT_CONFIG_TS,
      code: nextConfig(entry('/:path*', 'Cache-Control', 'public, max-age=0, must-revalidate')),
    },
    {
      name: 'next.config: a public blog path does not cover per-user routes',
      filename: NEXT_CONFIG_TS,
      code: nextConfig(entry('/blog/:slug', 'Cache-Control', 'public, s-maxage=600')),
    },
    {
      name: 'next.config: an entry narrowed by has/missing conditions',
      filename: NEXT_CONFIG_TS,
      code: code`
        module.exports = {
          async headers() {
            return [{ source: '/api/:path*', missing: [{ type: 'cookie', key: 'next-auth.session-token' }], headers: [{ key: 'Cache-Control', value: 'public, s-maxage=60' }] }];
          },
        };
      `,
    },
    {
      name: 'next.config: a value the file does not spell out',
      filename: file('next.config.mjs'),
      code: 'const ttl = Number(process.env.TTL);\nexport default { async headers() { return [{ source: "/api/(.*)", headers: [{ key: "Cache-Control", value: `s-maxage=${ttl}` }] }]; } };',
    },
    {
      name: 'a headers() list outside the project root next.config is not a config',
      filename: file('lib/next.config.ts'),
      code: nextConfig(entry('/api/(.*)', 'Cache-Control', 'public, s-maxage=300')),
    },
    {
      name: 'strict: a signed-out answer ({} / null / no body) carries nothing to leak',
      filename: SESSION_ROUTE,
      settings: settingsFor(4),
      options: STRICT,
      code: code`
        import { getServerSession } from 'next-auth';
        import { NextResponse } from 'next/server';
        import { authOptions } from '@/lib/auth';
        export async function GET() {
          const session = await getServerSession(authOptions);
          if (!session) return NextResponse.json({});
          if (!session.user) return new Response(null, { status: 401 });
          return NextResponse.json(session, { headers: { 'Cache-Control': 'private, no-store' } });
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'next-auth v4: public, s-maxage on a getServerSession response (suggestion output written out)',
      filename: ME_ROUTE,
      settings: settingsFor(4),
      code: code`
        import { getServerSession } from 'next-auth';
        import { NextResponse } from 'next/server';
        import { authOptions } from '@/lib/auth';
        export async function GET() {
          const session = await getServerSession(authOptions);
          return NextResponse.json(session, { headers: { 'Cache-Control': 'public, s-maxage=60' } });
        }
      `,
      errors: [
        {
          messageId: 'storableHeader',
          line: 6,
          data: { header: 'Cache-Control', value: 'public, s-maxage=60', reason: '`s-maxage` tells CDNs to store it', auth: 'getServerSession()' },
          suggestions: [
            {
              messageId: 'useNoStore',
              output: code`
                import { getServerSession } from 'next-auth';
                import { NextResponse } from 'next/server';
                import { authOptions } from '@/lib/auth';
                export async function GET() {
                  const session = await getServerSession(authOptions);
                  return NextResponse.json(session, { headers: { 'Cache-Control': 'private, no-store' } });
                }
              `,
            },
          ],
        },
      ],
    },
    storable(
      'Auth.js v5: max-age on Response.json',
      code`
        import { auth } from '@/auth';
        export async function GET() {
          const session = await auth();
          return Response.json({ name: session?.user?.name }, { headers: { 'cache-control': 'max-age=300' } });
        }
      `,
      "'max-age=300'",
      { settings: settingsFor(5), data: { header: 'cache-control', value: 'max-age=300', reason: '`max-age` lets the browser reuse it without asking', auth: 'auth()' } },
    ),
    storable(
      'bare public',
      code`
        import { auth } from '@/auth';
        export async function GET() {
          return Response.json(await auth(), { headers: { 'Cache-Control': 'public' } });
        }
      `,
      "'public'",
      { data: { header: 'Cache-Control', value: 'public', reason: '`public` lets any shared cache store it', auth: 'auth()' } },
    ),
    storable(
      'CDN-Cache-Control next to a correct Cache-Control',
      code`
        import { auth } from '@/auth';
        export async function GET() {
          const session = await auth();
          return Response.json(session, { headers: { 'Cache-Control': 'private, no-store', 'CDN-Cache-Control': 'max-age=60' } });
        }
      `,
      "'max-age=60'",
      { data: { header: 'CDN-Cache-Control', value: 'max-age=60', reason: 'it tells the CDN to store it', auth: 'auth()' } },
    ),
    storable(
      'Vercel-CDN-Cache-Control',
      code`
        import { auth } from '@/auth';
        export async function GET() {
          const session = await auth();
          return Response.json(session, { headers: { 'Vercel-CDN-Cache-Control': 's-maxage=300' } });
        }
      `,
      "'s-maxage=300'",
    ),
    storable(
      'Surrogate-Control gets no-store (it has no private)',
      code`
        import { auth } from '@/auth';
        export async function GET() {
          const session = await auth();
          return Response.json(session, { headers: { 'Surrogate-Control': 'max-age=86400' } });
        }
      `,
      "'max-age=86400'",
    ),
    storable(
      'response.headers.set on a NextResponse',
      code`
        import { getServerSession } from 'next-auth';
        import { NextResponse } from 'next/server';
        import { authOptions } from '@/lib/auth';
        export async function GET() {
          const session = await getServerSession(authOptions);
          const response = NextResponse.json(session);
          response.headers.set('Cache-Control', 'public, max-age=60');
          return response;
        }
      `,
      "'public, max-age=60'",
      { line: 7 },
    ),
    storable(
      'headers object in a variable',
      code`
        import { auth } from '@/auth';
        export async function GET() {
          const session = await auth();
          const headers = { 'Cache-Control': 'public, s-maxage=120' };
          return Response.json(session, { headers });
        }
      `,
      "'public, s-maxage=120'",
      { line: 4 },
    ),
    storable(
      'value from a module constant: the suggestion replaces the reference',
      code`
        import { auth } from '@/auth';
        const CDN_CACHE = 'public, s-maxage=' + 3600;
        export async function GET() {
          const session = await auth();
          return Response.json(session, { headers: { 'Cache-Control': CDN_CACHE } });
        }
      `,
      'CDN_CACHE',
      { data: { header: 'Cache-Control', value: 'public, s-maxage=3600', reason: '`s-maxage` tells CDNs to store it', auth: 'auth()' } },
    ),
    storable(
      'template literal with constant arithmetic',
      code`
        import { auth } from '@/auth';
        const MINUTE = 60;
        export async function GET() {
          const session = await auth();
          return Response.json(session, { headers: { 'Cache-Control': \`public, max-age=\${MINUTE * 5}\` } });
        }
      `,
      '`public, max-age=${MINUTE * 5}`',
      { data: { header: 'Cache-Control', value: 'public, max-age=300', reason: '`max-age` lets the browser reuse it without asking', auth: 'auth()' } },
    ),
    storable(
      'new Headers({ … })',
      code`
        import { auth } from '@/auth';
        export async function GET() {
          const session = await auth();
          return new Response(JSON.stringify(session), { headers: new Headers({ 'Cache-Control': 's-maxage=60' }) });
        }
      `,
      "'s-maxage=60'",
    ),
    storable(
      'header tuples',
      code`
        import { auth } from '@/auth';
        export async function GET() {
          const session = await auth();
          return new Response(JSON.stringify(session), { headers: [['Content-Type', 'application/json'], ['Cache-Control', 'public, max-age=60']] });
        }
      `,
      "'public, max-age=60'",
    ),
    storable(
      'pages/api: res.setHeader after getServerSession(req, res, authOptions)',
      code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        import { getServerSession } from 'next-auth/next';
        import { authOptions } from '@/lib/auth';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          const session = await getServerSession(req, res, authOptions);
          res.setHeader('Cache-Control', 'public, s-maxage=10, stale-while-revalidate=59');
          res.status(200).json({ user: session?.user ?? null });
        }
      `,
      "'public, s-maxage=10, stale-while-revalidate=59'",
      { filename: file('pages/api/me.ts'), settings: settingsFor(4), line: 6 },
    ),
    storable(
      'Better Auth: auth.api.getSession with a cacheable response',
      code`
        import { auth } from '@/lib/auth';
        import { headers } from 'next/headers';
        export async function GET() {
          const session = await auth.api.getSession({ headers: await headers() });
          return Response.json(session?.user ?? null, { headers: { 'Cache-Control': 'public, max-age=60' } });
        }
      `,
      "'public, max-age=60'",
      { data: { header: 'Cache-Control', value: 'public, max-age=60', reason: '`max-age` lets the browser reuse it without asking', auth: 'auth.api.getSession()' } },
    ),
    storable(
      'Supabase: getUser() with s-maxage',
      code`
        import { createClient } from '@/utils/supabase/server';
        export async function GET() {
          const supabase = await createClient();
          const { data } = await supabase.auth.getUser();
          return Response.json(data.user, { headers: { 'Cache-Control': 's-maxage=30' } });
        }
      `,
      "'s-maxage=30'",
    ),
    storable(
      'Clerk: auth() from @clerk/nextjs/server',
      code`
        import { auth } from '@clerk/nextjs/server';
        import { NextResponse } from 'next/server';
        export async function GET() {
          const { userId } = await auth();
          return NextResponse.json({ userId }, { headers: { 'Cache-Control': 'public, max-age=120' } });
        }
      `,
      "'public, max-age=120'",
    ),
    storable(
      'iron-session',
      code`
        import { getIronSession } from 'iron-session';
        import { cookies } from 'next/headers';
        export async function GET() {
          const session = await getIronSession<{ userId?: string }>(await cookies(), { password: 'x'.repeat(32), cookieName: 'app' });
          return Response.json({ userId: session.userId }, { headers: { 'Cache-Control': 'max-age=60' } });
        }
      `,
      "'max-age=60'",
    ),
    storable(
      'Lucia: validateRequest() helper',
      code`
        import { validateRequest } from '@/lib/auth';
        export async function GET() {
          const { user } = await validateRequest();
          return Response.json(user, { headers: { 'Cache-Control': 'public, max-age=60' } });
        }
      `,
      "'public, max-age=60'",
    ),
    storable(
      'middleware that reads the token and marks the response cacheable',
      code`
        import { getToken } from 'next-auth/jwt';
        import { NextResponse, type NextRequest } from 'next/server';
        export async function middleware(req: NextRequest) {
          const token = await getToken({ req });
          const response = NextResponse.next();
          response.headers.set('x-user', String(token?.sub));
          response.headers.set('Cache-Control', 'public, s-maxage=300');
          return response;
        }
      `,
      "'public, s-maxage=300'",
      { filename: file('middleware.ts'), line: 7 },
    ),
    {
      name: "segment config: dynamic = 'force-static' on a route that reads the session (suggestion output written out)",
      filename: ME_ROUTE,
      code: code`
        import { auth } from '@/auth';
        export const dynamic = 'force-static';
        export async function GET() {
          const session = await auth();
          return Response.json(session);
        }
      `,
      errors: [
        {
          messageId: 'cachingSegmentConfig',
          line: 2,
          data: { name: 'dynamic', value: "'force-static'", reason: 'renders the route once and serves that output to everyone', auth: 'auth()' },
          suggestions: [
            {
              messageId: 'removeExport',
              output: code`
                import { auth } from '@/auth';
                export async function GET() {
                  const session = await auth();
                  return Response.json(session);
                }
              `,
            },
          ],
        },
      ],
    },
    segment(
      'segment config: revalidate = 60 on a server component page that reads the session',
      file('app/account/page.tsx'),
      code`
        import { getServerSession } from 'next-auth';
        import { authOptions } from '@/lib/auth';
        export const revalidate = 60;
        export default async function Account() {
          const session = await getServerSession(authOptions);
          return <p>{session?.user?.email}</p>;
        }
      `,
      { settings: settingsFor(4), data: { name: 'revalidate', value: '60', reason: 'serves one cached render to every visitor until it revalidates', auth: 'getServerSession()' } },
    ),
    segment(
      "segment config: fetchCache = 'force-cache' in a layout",
      file('app/(app)/layout.tsx'),
      code`
        import { auth } from '@/auth';
        export const fetchCache = 'force-cache';
        export default async function Layout({ children }: { children: React.ReactNode }) {
          const session = await auth();
          return <main data-user={session?.user?.id}>{children}</main>;
        }
      `,
    ),
    {
      name: 'two caching exports in one module are two reports',
      filename: ME_ROUTE,
      code: code`
        import { auth } from '@/auth';
        export const revalidate = 3600;
        export const fetchCache = 'only-cache';
        export async function GET() {
          return Response.json(await auth());
        }
      `,
      errors: [
        {
          messageId: 'cachingSegmentConfig',
          line: 2,
          suggestions: [
            {
              messageId: 'removeExport',
              output: code`
                import { auth } from '@/auth';
                export const fetchCache = 'only-cache';
                export async function GET() {
                  return Response.json(await auth());
                }
              `,
            },
          ],
        },
        {
          messageId: 'cachingSegmentConfig',
          line: 3,
          suggestions: [
            {
              messageId: 'removeExport',
              output: code`
                import { auth } from '@/auth';
                export const revalidate = 3600;
                export async function GET() {
                  return Response.json(await auth());
                }
              `,
            },
          ],
        },
      ],
    },
    storable(
      'a hand-written session endpoint reading the session cookie',
      code`
        import { cookies } from 'next/headers';
        import { redis } from '@/lib/redis';
        export async function GET() {
          const token = (await cookies()).get('authjs.session-token')?.value;
          return Response.json(await redis.get(\`session:\${token}\`), { headers: { 'Cache-Control': 'public, max-age=30' } });
        }
      `,
      "'public, max-age=30'",
      {
        filename: SESSION_ROUTE,
        data: { header: 'Cache-Control', value: 'public, max-age=30', reason: '`max-age` lets the browser reuse it without asking', auth: 'the authjs.session-token cookie' },
      },
    ),
    storable(
      'settings: a custom authBasePath makes its routes auth endpoints',
      code`
        export async function GET() {
          return Response.json({ ok: true }, { headers: { 'Cache-Control': 's-maxage=60' } });
        }
      `,
      "'s-maxage=60'",
      {
        filename: file('app/api/account/me/route.ts'),
        settings: settingsFor(5, { authBasePath: '/api/account' }),
        data: { header: 'Cache-Control', value: 's-maxage=60', reason: '`s-maxage` tells CDNs to store it', auth: 'it serves /api/account/me' },
      },
    ),
    storable(
      'settings: an asserting requireUser() wrapper reads the session like the verifier it wraps',
      code`
        import { requireUser } from '@/lib/auth';
        export async function GET() {
          const user = await requireUser();
          return Response.json(user, { headers: { 'Cache-Control': 'public, max-age=60' } });
        }
      `,
      "'public, max-age=60'",
      {
        settings: settingsFor(4, { assertingVerifiers: [{ from: 'file', path: 'lib/auth.ts', name: 'requireUser' }] }),
        data: { header: 'Cache-Control', value: 'public, max-age=60', reason: '`max-age` lets the browser reuse it without asking', auth: 'requireUser()' },
      },
    ),
    segment(
      'settings: a getCurrentUser() verifier on a page with revalidate',
      file('app/profile/page.tsx'),
      code`
        import { getCurrentUser } from '@/lib/session';
        export const revalidate = 300;
        export default async function Profile() {
          const user = await getCurrentUser();
          return <p>{user?.name}</p>;
        }
      `,
      { settings: settingsFor(4, { verifiers: ['getCurrentUser'] }) },
    ),
    storable(
      'pages: getServerSideProps that reads the session sets the Next.js docs caching header',
      code`
        import type { GetServerSideProps } from 'next';
        import { getServerSession } from 'next-auth/next';
        import { authOptions } from '@/lib/auth';
        export const getServerSideProps: GetServerSideProps = async ({ req, res }) => {
          const session = await getServerSession(req, res, authOptions);
          res.setHeader('Cache-Control', 'public, s-maxage=10, stale-while-revalidate=59');
          return { props: { email: session?.user?.email ?? null } };
        };
        export default function Account() {
          return null;
        }
      `,
      "'public, s-maxage=10, stale-while-revalidate=59'",
      { filename: file('pages/account.tsx'), settings: settingsFor(4), data: { header: 'Cache-Control', value: 'public, s-maxage=10, stale-while-revalidate=59', reason: '`s-maxage` tells CDNs to store it', auth: 'getServerSession()' } },
    ),
    storable(
      'an unverified session read counts: supabase.auth.getSession()',
      code`
        import { createClient } from '@/utils/supabase/server';
        export async function GET() {
          const supabase = await createClient();
          const { data } = await supabase.auth.getSession();
          return Response.json({ email: data.session?.user.email }, { headers: { 'Cache-Control': 'max-age=120' } });
        }
      `,
      "'max-age=120'",
      { data: { header: 'Cache-Control', value: 'max-age=120', reason: '`max-age` lets the browser reuse it without asking', auth: 'supabase.auth.getSession()' } },
    ),
    storable(
      'reading the session cookie by name counts',
      code`
        import { cookies } from 'next/headers';
        export async function GET() {
          const token = (await cookies()).get('__Secure-authjs.session-token')?.value;
          return Response.json({ signedIn: Boolean(token) }, { headers: { 'Cache-Control': 'public, s-maxage=300' } });
        }
      `,
      "'public, s-maxage=300'",
    ),
    {
      name: 'strict: a session endpoint response without Cache-Control gets the init argument',
      filename: SESSION_ROUTE,
      settings: settingsFor(4),
      options: STRICT,
      code: code`
        import { getServerSession } from 'next-auth';
        import { NextResponse } from 'next/server';
        import { authOptions } from '@/lib/auth';
        export async function GET() {
          const session = await getServerSession(authOptions);
          return NextResponse.json(session ?? {});
        }
      `,
      errors: [
        {
          messageId: 'sessionEndpointWithoutNoStore',
          line: 6,
          suggestions: [
            {
              messageId: 'addNoStore',
              output: code`
                import { getServerSession } from 'next-auth';
                import { NextResponse } from 'next/server';
                import { authOptions } from '@/lib/auth';
                export async function GET() {
                  const session = await getServerSession(authOptions);
                  return NextResponse.json(session ?? {}, { headers: { 'Cache-Control': 'private, no-store' } });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'strict: an init without headers (trailing comma) and headers without Cache-Control',
      filename: SESSION_ROUTE,
      settings: settingsFor(5),
      options: STRICT,
      code: code`
        import { auth } from '@/auth';
        export async function GET() {
          const session = await auth();
          if (!session) return Response.json({ error: 'SessionRequired' }, {
            status: 200,
          });
          return Response.json(session, { headers: { 'Content-Type': 'application/json' } });
        }
      `,
      errors: [
        {
          messageId: 'sessionEndpointWithoutNoStore',
          line: 4,
          suggestions: [
            {
              messageId: 'addNoStore',
              output: code`
                import { auth } from '@/auth';
                export async function GET() {
                  const session = await auth();
                  if (!session) return Response.json({ error: 'SessionRequired' }, {
                    status: 200, headers: { 'Cache-Control': 'private, no-store' },
                  });
                  return Response.json(session, { headers: { 'Content-Type': 'application/json' } });
                }
              `,
            },
          ],
        },
        {
          messageId: 'sessionEndpointWithoutNoStore',
          line: 7,
          suggestions: [
            {
              messageId: 'addNoStore',
              output: code`
                import { auth } from '@/auth';
                export async function GET() {
                  const session = await auth();
                  if (!session) return Response.json({ error: 'SessionRequired' }, {
                    status: 200,
                  });
                  return Response.json(session, { headers: { 'Content-Type': 'application/json', 'Cache-Control': 'private, no-store' } });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'strict: no-store without private',
      filename: SESSION_ROUTE,
      settings: settingsFor(5),
      options: STRICT,
      code: code`
        import { auth } from '@/auth';
        export async function GET() {
          return Response.json(await auth(), { headers: { 'Cache-Control': 'no-store' } });
        }
      `,
      errors: [
        {
          messageId: 'sessionEndpointWithoutNoStore',
          suggestions: [
            {
              messageId: 'useNoStore',
              output: code`
                import { auth } from '@/auth';
                export async function GET() {
                  return Response.json(await auth(), { headers: { 'Cache-Control': 'private, no-store' } });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'strict: pages/api session endpoint gets res.setHeader before the send',
      filename: file('pages/api/auth/session.ts'),
      settings: settingsFor(4),
      options: STRICT,
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        import { getServerSession } from 'next-auth/next';
        import { authOptions } from '@/lib/auth';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          const session = await getServerSession(req, res, authOptions);
          return res.status(200).json(session ?? {});
        }
      `,
      errors: [
        {
          messageId: 'sessionEndpointWithoutNoStore',
          suggestions: [
            {
              messageId: 'addNoStore',
              output: code`
                import type { NextApiRequest, NextApiResponse } from 'next';
                import { getServerSession } from 'next-auth/next';
                import { authOptions } from '@/lib/auth';
                export default async function handler(req: NextApiRequest, res: NextApiResponse) {
                  const session = await getServerSession(req, res, authOptions);
                  res.setHeader('Cache-Control', 'private, no-store');
                  return res.status(200).json(session ?? {});
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'strict: a response built from a variable init has no suggestion',
      filename: SESSION_ROUTE,
      settings: settingsFor(5),
      options: STRICT,
      code: code`
        import { auth } from '@/auth';
        export async function GET() {
          const init = { status: 200 };
          return Response.json(await auth(), init);
        }
      `,
      errors: [{ messageId: 'sessionEndpointWithoutNoStore', suggestions: [] }],
    },
    // next.config.{js,mjs,ts} headers()
    storableConfig(
      'next.config.ts: public, max-age=300, s-maxage=300 on /api/(.*) (the incident)',
      nextConfig(entry('/api/(.*)', 'Cache-Control', 'public, max-age=300, s-maxage=300')),
      'public, max-age=300, s-maxage=300',
      {
        data: {
          header: 'Cache-Control',
          value: 'public, max-age=300, s-maxage=300',
          source: '/api/(.*)',
          paths: '`/api/me`, `/api/auth/session`',
          reason: '`s-maxage` tells CDNs to store it',
        },
      },
    ),
    storableConfig(
      'next.config.mjs: /:path* covers pages and API routes',
      code`
        /** @type {import('next').NextConfig} */
        const nextConfig = {
          async headers() {
            return [{ source: '/:path*', headers: [{ key: 'Cache-Control', value: 'public, s-maxage=60, stale-while-revalidate=300' }] }];
          },
        };
        export default nextConfig;
      `,
      'public, s-maxage=60, stale-while-revalidate=300',
      { filename: file('next.config.mjs'), data: { header: 'Cache-Control', value: 'public, s-maxage=60, stale-while-revalidate=300', source: '/:path*', paths: '`/api/me`, `/api/auth/session`, `/dashboard`', reason: '`s-maxage` tells CDNs to store it' } },
    ),
    storableConfig(
      'next.config.js: CommonJS, /api/:path* with max-age',
      code`
        module.exports = {
          async headers() {
            return [{ source: '/api/:path*', headers: [{ key: 'Cache-Control', value: 'max-age=60' }] }];
          },
        };
      `,
      'max-age=60',
      { filename: file('next.config.js') },
    ),
    storableConfig('next.config: /(.*) with public alone', nextConfig(entry('/(.*)', 'Cache-Control', 'public')), 'public', {
      data: { header: 'Cache-Control', value: 'public', source: '/(.*)', paths: '`/api/me`, `/api/auth/session`, `/dashboard`', reason: '`public` lets any shared cache store it' },
    }),
    storableConfig('next.config: CDN-Cache-Control on the API', nextConfig(entry('/api/(.*)', 'CDN-Cache-Control', 'max-age=600')), 'max-age=600'),
    storableConfig('next.config: Vercel-CDN-Cache-Control on every path', nextConfig(entry('/:path*', 'Vercel-CDN-Cache-Control', 's-maxage=3600')), 's-maxage=3600'),
    storableConfig('next.config: Surrogate-Control on the API', nextConfig(entry('/api/(.*)', 'Surrogate-Control', 'max-age=3600')), 'max-age=3600', { replacement: 'no-store' }),
    storableConfig(
      'next.config: a wrapped export and a source held in a constant',
      code`
        import withBundleAnalyzer from '@next/bundle-analyzer';
        const API = '/api/:path*';
        export default withBundleAnalyzer({ enabled: false })({
          headers: async () => [{ source: API, headers: [{ key: 'cache-control', value: 'public, s-maxage=120' }] }],
        });
      `,
      'public, s-maxage=120',
      { filename: file('next.config.mjs') },
    ),
    storableConfig(
      'next.config: the API entry next to a clean static-asset entry',
      nextConfig([entry('/_next/static/:path*', 'Cache-Control', 'public, max-age=31536000, immutable'), entry('/api/(.*)', 'Cache-Control', 'public, s-maxage=300')].join('\n')),
      'public, s-maxage=300',
    ),
    storableConfig('next.config: the auth endpoints themselves', nextConfig(entry('/api/auth/:path*', 'Cache-Control', 'public, max-age=30')), 'public, max-age=30', {
      data: { header: 'Cache-Control', value: 'public, max-age=30', source: '/api/auth/:path*', paths: '`/api/auth/session`', reason: '`max-age` lets the browser reuse it without asking' },
    }),
    storableConfig('next.config: a dashboard path', nextConfig(entry('/dashboard/:path*', 'Cache-Control', 'public, s-maxage=30')), 'public, s-maxage=30'),
  ],
});
