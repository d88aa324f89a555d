import { code, createRuleTester, file, settingsFor } from '../../test-utils/rule-tester.js';
import rule, { RULE_NAME } from './no-unverified-session-cache.rule.js';

const ruleTester = createRuleTester();
const SESSION_ROUTE = file('app/api/auth/session/route.ts');
const ME_ROUTE = file('app/api/me/route.ts');
const PAGES_ME = file('pages/api/me.ts');

ruleTester.run(RULE_NAME, rule, {
  valid: [
    {
      name: 'next-auth v4: verify first, then cache by the verified user id',
      filename: ME_ROUTE,
      code: code`
        import { getServerSession } from 'next-auth';
        import { NextResponse } from 'next/server';
        import { redis } from '@/lib/redis';
        import { authOptions } from '@/lib/auth';
        export async function GET() {
          const session = await getServerSession(authOptions);
          if (!session?.user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
          const profile = await redis.get(\`profile:\${session.user.id}\`);
          return NextResponse.json(profile);
        }
      `,
    },
    {
      name: 'Auth.js v5: auth() from the app module, response nested in if (session)',
      filename: ME_ROUTE,
      code: code`
        import { auth } from '@/auth';
        import { kv } from '@vercel/kv';
        export async function GET() {
          const session = await auth();
          if (session) {
            const user = await kv.get(\`user:\${session.user.id}\`);
            return Response.json(user);
          }
          return new Response(null, { status: 401 });
        }
      `,
    },
    {
      name: 'Better Auth: auth.api.getSession with headers, then cache',
      filename: ME_ROUTE,
      code: code`
        import { auth } from '@/lib/auth';
        import { headers } from 'next/headers';
        import { Redis } from '@upstash/redis';
        const redis = Redis.fromEnv();
        export async function GET() {
          const session = await auth.api.getSession({ headers: await headers() });
          if (!session) return new Response(null, { status: 401 });
          return Response.json(await redis.get(\`user:\${session.user.id}\`));
        }
      `,
    },
    {
      name: 'Supabase: getUser() destructured and checked',
      filename: ME_ROUTE,
      code: code`
        import { createClient } from '@/utils/supabase/server';
        import { userCache } from '@/lib/cache';
        export async function GET() {
          const supabase = await createClient();
          const { data: { user }, error } = await supabase.auth.getUser();
          if (error || !user) return Response.json({ error: 'Unauthorized' }, { status: 401 });
          return Response.json(userCache.get(user.id));
        }
      `,
    },
    {
      name: 'Lucia: validateRequest() helper checked with a redirect',
      filename: file('app/dashboard/actions.ts'),
      code: code`
        'use server';
        import { validateRequest } from '@/lib/auth';
        import { redirect } from 'next/navigation';
        import { getCachedUserProfile } from '@/lib/cache';
        export async function loadProfile() {
          const { user } = await validateRequest();
          if (!user) redirect('/login');
          return getCachedUserProfile(user.id);
        }
      `,
    },
    {
      name: 'iron-session: a property of the session is checked',
      filename: ME_ROUTE,
      code: code`
        import { getIronSession } from 'iron-session';
        import { cookies } from 'next/headers';
        import { LRUCache } from 'lru-cache';
        const userCache = new LRUCache({ max: 500 });
        export async function GET() {
          const session = await getIronSession(await cookies(), { password: 'x', cookieName: 'app' });
          if (!session.userId) return new Response(null, { status: 401 });
          return Response.json(userCache.get(session.userId));
        }
      `,
    },
    {
      name: 'Clerk: auth() userId checked',
      filename: ME_ROUTE,
      code: code`
        import { auth } from '@clerk/nextjs/server';
        import { redis } from '@/lib/redis';
        export async function GET() {
          const { userId } = await auth();
          if (!userId) return new Response('Unauthorized', { status: 401 });
          return Response.json(await redis.get(\`user:\${userId}\`));
        }
      `,
    },
    {
      name: 'Clerk: await auth.protect() asserts by itself',
      filename: ME_ROUTE,
      code: code`
        import { auth } from '@clerk/nextjs/server';
        import { redis } from '@/lib/redis';
        export async function GET() {
          const { userId } = await auth.protect();
          return Response.json(await redis.get(\`user:\${userId}\`));
        }
      `,
    },
    {
      name: 'jose: jwtVerify throws on a bad token',
      filename: ME_ROUTE,
      code: code`
        import { jwtVerify } from 'jose';
        import { cookies } from 'next/headers';
        import { sessionCache } from '@/lib/cache';
        export async function GET() {
          const token = (await cookies()).get('token')?.value ?? '';
          const { payload } = await jwtVerify(token, new TextEncoder().encode(process.env.JWT_SECRET));
          return Response.json(sessionCache.get(payload.sub));
        }
      `,
    },
    {
      name: 'jsonwebtoken: jwt.verify (sync) throws on a bad token',
      filename: PAGES_ME,
      code: code`
        import jwt from 'jsonwebtoken';
        import { redis } from '@/lib/redis';
        export default async function handler(req, res) {
          const claims = jwt.verify(req.cookies.token, process.env.JWT_SECRET);
          const user = await redis.get(\`user:\${claims.sub}\`);
          res.status(200).json(user);
        }
      `,
    },
    {
      name: 'firebase-admin: awaited verifySessionCookie asserts',
      filename: ME_ROUTE,
      code: code`
        import { getAuth } from 'firebase-admin/auth';
        import { cookies } from 'next/headers';
        import { redis } from '@/lib/redis';
        export async function GET() {
          const cookie = (await cookies()).get('session')?.value ?? '';
          const decoded = await getAuth().verifySessionCookie(cookie, true);
          return Response.json(await redis.get(\`user:\${decoded.uid}\`));
        }
      `,
    },
    {
      name: 'pages/api with getServerSession guard and res.json',
      filename: PAGES_ME,
      code: code`
        import { getServerSession } from 'next-auth/next';
        import { authOptions } from '../auth/[...nextauth]';
        import { redis } from '@/lib/redis';
        export default async function handler(req, res) {
          const session = await getServerSession(req, res, authOptions);
          if (!session) return res.status(401).json({ message: 'Unauthorized' });
          res.json(await redis.get(\`user:\${session.user.email}\`));
        }
      `,
    },
    {
      name: 'export { handler as GET, handler as POST } with a guard',
      filename: ME_ROUTE,
      code: code`
        import { getServerSession } from 'next-auth';
        import { redis } from '@/lib/redis';
        async function handler() {
          const session = await getServerSession();
          if (!session) return new Response(null, { status: 401 });
          return Response.json(await redis.get(\`user:\${session.user.id}\`));
        }
        export { handler as GET, handler as POST };
      `,
    },
    {
      name: 'a public cache (no session data) in a project without next-auth',
      filename: file('app/api/products/route.ts'),
      code: code`
        import { redis } from '@/lib/redis';
        export async function GET() {
          const products = await redis.get('products:featured');
          return Response.json(products);
        }
      `,
    },
    {
      name: 'a session cache read outside any request handler',
      filename: file('lib/session-cache.ts'),
      code: code`
        import { redis } from './redis';
        export async function getCachedSession(token) {
          return redis.get(\`session:\${token}\`);
        }
      `,
    },
    {
      name: 'a cache write is not a read',
      filename: ME_ROUTE,
      code: code`
        import { redis } from '@/lib/redis';
        export async function POST(req) {
          await redis.set('user:last-seen', Date.now());
          return Response.json({ ok: true });
        }
      `,
    },
    {
      name: 'a cached value that is not sent in the response',
      filename: ME_ROUTE,
      code: code`
        import { redis } from '@/lib/redis';
        export async function GET() {
          const hits = await redis.get('user-count');
          console.log(hits);
          return Response.json({ ok: true });
        }
      `,
    },
    {
      name: 'team asserting wrapper from settings',
      filename: ME_ROUTE,
      settings: settingsFor(4, { assertingVerifiers: [{ from: 'file', path: 'lib/auth.ts', name: 'requireUser' }] }),
      code: code`
        import { requireUser } from '@/lib/auth';
        import { redis } from '@/lib/redis';
        export async function GET() {
          const user = await requireUser();
          return Response.json(await redis.get(\`user:\${user.id}\`));
        }
      `,
    },
    {
      name: 'team verifier from settings, checked',
      filename: ME_ROUTE,
      settings: settingsFor(4, { verifiers: ['getCurrentUser'] }),
      code: code`
        import { getCurrentUser } from '@acme/auth';
        import { redis } from '@/lib/redis';
        export async function GET() {
          const user = await getCurrentUser();
          if (!user) return new Response(null, { status: 401 });
          return Response.json(await redis.get(\`user:\${user.id}\`));
        }
      `,
    },
    {
      name: 'handler wrapped by an asserting higher-order function from settings',
      filename: ME_ROUTE,
      settings: settingsFor(4, { assertingVerifiers: ['withAuth'] }),
      code: code`
        import { withAuth } from '@/lib/with-auth';
        import { redis } from '@/lib/redis';
        export const GET = withAuth(async (req) => Response.json(await redis.get(\`session:\${req.userId}\`)));
      `,
    },
    {
      name: 'the seed report\'s "fix": getServerSession checked before the cached response',
      filename: SESSION_ROUTE,
      settings: settingsFor(4),
      code: code`
        import { getServerSession } from 'next-auth';
        import { NextResponse } from 'next/server';
        import { authOptions } from '@/lib/auth';
        import { getCachedSession } from '@/lib/session-cache';
        export async function GET(request) {
          const sessionToken = request.cookies.get('next-auth.session-token')?.value;
          if (!sessionToken) return NextResponse.json({});
          const cached = await getCachedSession(sessionToken);
          const session = await getServerSession(authOptions);
          if (!session?.user) return NextResponse.json({});
          if (cached && session?.user) return NextResponse.json(cached);
          return NextResponse.json(session);
        }
      `,
    },
    {
      name: 'a middleware file is not a route handler for this rule',
      filename: file('middleware.ts'),
      code: code`
        import { NextResponse } from 'next/server';
        import { redis } from '@/lib/redis';
        export async function middleware(req) {
          const session = await redis.get(\`session:\${req.cookies.get('sid')?.value}\`);
          return NextResponse.next();
        }
      `,
    },
    {
      name: 'unreachable response after a return',
      filename: ME_ROUTE,
      code: code`
        import { redis } from '@/lib/redis';
        export async function GET() {
          return new Response(null, { status: 401 });
          return Response.json(await redis.get('session:x'));
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'the seed: custom session route answers from Redis before getServerSession',
      filename: SESSION_ROUTE,
      settings: settingsFor(4),
      code: code`
        import { getServerSession } from 'next-auth';
        import { NextResponse } from 'next/server';
        import { authOptions } from '@/lib/auth';
        import { getCachedSession } from '@/lib/session-cache';
        export async function GET(request) {
          const sessionToken = request.cookies.get('next-auth.session-token')?.value;
          if (sessionToken) {
            const cached = await getCachedSession(sessionToken);
            if (cached) {
              return NextResponse.json(cached);
            }
          }
          const session = await getServerSession(authOptions);
          return NextResponse.json(session ?? {});
        }
      `,
      errors: [
        {
          messageId: 'cacheBeforeVerification',
          line: 8,
          suggestions: [
            {
              messageId: 'insertVerification',
              output: code`
                import { getServerSession } from 'next-auth';
                import { NextResponse } from 'next/server';
                import { authOptions } from '@/lib/auth';
                import { getCachedSession } from '@/lib/session-cache';
                export async function GET(request) {
                  const sessionToken = request.cookies.get('next-auth.session-token')?.value;
                  if (sessionToken) {
                    const verifiedSession = await getServerSession(authOptions);
                    if (!verifiedSession) {
                      return Response.json({}, { headers: { 'Cache-Control': 'private, no-store' } });
                    }
                    const cached = await getCachedSession(sessionToken);
                    if (cached) {
                      return NextResponse.json(cached);
                    }
                  }
                  const session = await getServerSession(authOptions);
                  return NextResponse.json(session ?? {});
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'ioredis: cache read with no verification at all',
      filename: ME_ROUTE,
      code: code`
        import Redis from 'ioredis';
        import { cookies } from 'next/headers';
        const redis = new Redis(process.env.REDIS_URL);
        export async function GET() {
          const token = (await cookies()).get('sid')?.value;
          const session = await redis.get(\`session:\${token}\`);
          return Response.json(JSON.parse(session ?? 'null'));
        }
      `,
      errors: [{ messageId: 'cacheWithoutVerification', line: 6, suggestions: [] }],
    },
    {
      name: 'node-redis: createClient() instance, verification result ignored',
      filename: ME_ROUTE,
      code: code`
        import { createClient } from 'redis';
        import { getServerSession } from 'next-auth';
        const client = createClient();
        export async function GET(req) {
          await getServerSession();
          const user = await client.hGetAll(\`user:\${req.headers.get('x-user')}\`);
          return Response.json(user);
        }
      `,
      errors: [
        {
          messageId: 'cacheBeforeVerification',
          line: 6,
          suggestions: [
            {
              messageId: 'insertVerification',
              output: code`
                import { createClient } from 'redis';
                import { getServerSession } from 'next-auth';
                const client = createClient();
                export async function GET(req) {
                  await getServerSession();
                  const session = await getServerSession();
                  if (!session) {
                    return new Response(null, { status: 401 });
                  }
                  const user = await client.hGetAll(\`user:\${req.headers.get('x-user')}\`);
                  return Response.json(user);
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'verified only in one branch',
      filename: ME_ROUTE,
      code: code`
        import { auth } from '@/auth';
        import { kv } from '@vercel/kv';
        export async function GET(req) {
          if (req.headers.get('x-strict')) {
            const session = await auth();
            if (!session) return new Response(null, { status: 401 });
          }
          return Response.json(await kv.get(\`session:\${req.headers.get('x-sid')}\`));
        }
      `,
      errors: [
        {
          messageId: 'cacheBeforeVerification',
          line: 8,
          suggestions: [
            {
              messageId: 'insertVerification',
              output: code`
                import { auth } from '@/auth';
                import { kv } from '@vercel/kv';
                export async function GET(req) {
                  if (req.headers.get('x-strict')) {
                    const session = await auth();
                    if (!session) return new Response(null, { status: 401 });
                  }
                  const verifiedSession = await auth();
                  if (!verifiedSession) {
                    return new Response(null, { status: 401 });
                  }
                  return Response.json(await kv.get(\`session:\${req.headers.get('x-sid')}\`));
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'verification inside try, cached response in catch',
      filename: ME_ROUTE,
      code: code`
        import { getServerSession } from 'next-auth';
        import { redis } from '@/lib/redis';
        export async function GET(req) {
          const cached = await redis.get(\`user:\${req.headers.get('x-id')}\`);
          try {
            const session = await getServerSession();
            if (!session) return new Response(null, { status: 401 });
            return Response.json(session);
          } catch {
            return Response.json(cached);
          }
        }
      `,
      errors: [
        {
          messageId: 'cacheBeforeVerification',
          line: 4,
          suggestions: [
            {
              messageId: 'insertVerification',
              output: code`
                import { getServerSession } from 'next-auth';
                import { redis } from '@/lib/redis';
                export async function GET(req) {
                  const verifiedSession = await getServerSession();
                  if (!verifiedSession) {
                    return new Response(null, { status: 401 });
                  }
                  const cached = await redis.get(\`user:\${req.headers.get('x-id')}\`);
                  try {
                    const session = await getServerSession();
                    if (!session) return new Response(null, { status: 401 });
                    return Response.json(session);
                  } catch {
                    return Response.json(cached);
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'verification inside a loop that may run zero times',
      filename: ME_ROUTE,
      code: code`
        import { getServerSession } from 'next-auth';
        import { redis } from '@/lib/redis';
        export async function POST(req) {
          const { ids } = await req.json();
          for (const id of ids) {
            const session = await getServerSession();
            if (!session) return new Response(null, { status: 401 });
          }
          const data = await redis.mget(ids.map(id => \`user:\${id}\`));
          return Response.json(data);
        }
      `,
      errors: [
        {
          messageId: 'cacheBeforeVerification',
          line: 9,
          suggestions: [
            {
              messageId: 'insertVerification',
              output: code`
                import { getServerSession } from 'next-auth';
                import { redis } from '@/lib/redis';
                export async function POST(req) {
                  const { ids } = await req.json();
                  for (const id of ids) {
                    const session = await getServerSession();
                    if (!session) return new Response(null, { status: 401 });
                  }
                  const verifiedSession = await getServerSession();
                  if (!verifiedSession) {
                    return new Response(null, { status: 401 });
                  }
                  const data = await redis.mget(ids.map(id => \`user:\${id}\`));
                  return Response.json(data);
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'Map used as a session cache',
      filename: ME_ROUTE,
      code: code`
        const sessions = new Map();
        export async function GET(req) {
          const cached = sessions.get(req.cookies.get('sid')?.value);
          if (cached) return Response.json(cached);
          return new Response(null, { status: 401 });
        }
      `,
      errors: [{ messageId: 'cacheWithoutVerification', line: 3 }],
    },
    {
      name: 'lru-cache session cache in pages/api',
      filename: PAGES_ME,
      code: code`
        import { LRUCache } from 'lru-cache';
        const cache = new LRUCache({ max: 100 });
        export default function handler(req, res) {
          const user = cache.get(req.cookies['session-id']);
          if (user) return res.status(200).json(user);
          res.status(401).end();
        }
      `,
      errors: [{ messageId: 'cacheWithoutVerification', line: 4 }],
    },
    {
      name: 'unstable_cache wrapped loader called before verification',
      filename: ME_ROUTE,
      code: code`
        import { unstable_cache } from 'next/cache';
        import { getServerSession } from 'next-auth';
        const getUserCached = unstable_cache(async (id) => loadUser(id), ['user']);
        export async function GET(req) {
          const user = await getUserCached(req.nextUrl.searchParams.get('id'));
          if (user) return Response.json(user);
          const session = await getServerSession();
          if (!session) return new Response(null, { status: 401 });
          return Response.json(await loadUser(session.user.id));
        }
      `,
      errors: [
        {
          messageId: 'cacheBeforeVerification',
          line: 5,
          suggestions: [
            {
              messageId: 'insertVerification',
              output: code`
                import { unstable_cache } from 'next/cache';
                import { getServerSession } from 'next-auth';
                const getUserCached = unstable_cache(async (id) => loadUser(id), ['user']);
                export async function GET(req) {
                  const verifiedSession = await getServerSession();
                  if (!verifiedSession) {
                    return new Response(null, { status: 401 });
                  }
                  const user = await getUserCached(req.nextUrl.searchParams.get('id'));
                  if (user) return Response.json(user);
                  const session = await getServerSession();
                  if (!session) return new Response(null, { status: 401 });
                  return Response.json(await loadUser(session.user.id));
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'session endpoint: any cache read counts, v5 signed-out body in the suggestion',
      filename: SESSION_ROUTE,
      settings: settingsFor(5),
      code: code`
        import { auth } from '@/auth';
        import { redis } from '@/lib/redis';
        export async function GET(req) {
          const hit = await redis.get(req.cookies.get('authjs.session-token')?.value);
          if (hit) return Response.json(hit);
          return Response.json(await auth());
        }
      `,
      errors: [
        {
          messageId: 'cacheBeforeVerification',
          line: 4,
          suggestions: [
            {
              messageId: 'insertVerification',
              output: code`
                import { auth } from '@/auth';
                import { redis } from '@/lib/redis';
                export async function GET(req) {
                  const session = await auth();
                  if (!session) {
                    return Response.json(null, { headers: { 'Cache-Control': 'private, no-store' } });
                  }
                  const hit = await redis.get(req.cookies.get('authjs.session-token')?.value);
                  if (hit) return Response.json(hit);
                  return Response.json(await auth());
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'pages/api session endpoint: the suggestion answers v4\'s signed-out body with no-store',
      filename: file('pages/api/auth/session.ts'),
      settings: settingsFor(4),
      code: code`
        import { getServerSession } from 'next-auth/next';
        import { redis } from '@/lib/redis';
        export default async function handler(req, res) {
          const cached = await redis.get(req.cookies['next-auth.session-token']);
          if (cached) return res.json(JSON.parse(cached));
          res.json((await getServerSession(req, res, {})) ?? {});
        }
      `,
      errors: [
        {
          messageId: 'cacheBeforeVerification',
          line: 4,
          suggestions: [
            {
              messageId: 'insertVerification',
              output: code`
                import { getServerSession } from 'next-auth/next';
                import { redis } from '@/lib/redis';
                export default async function handler(req, res) {
                  const session = await getServerSession(req, res, {});
                  if (!session) {
                    res.setHeader('Cache-Control', 'private, no-store');
                    return res.status(200).json({});
                  }
                  const cached = await redis.get(req.cookies['next-auth.session-token']);
                  if (cached) return res.json(JSON.parse(cached));
                  res.json((await getServerSession(req, res, {})) ?? {});
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'server action returns a cached user before checking the session',
      filename: file('app/actions.ts'),
      code: code`
        'use server';
        import { auth } from '@/auth';
        import { getCachedUser } from '@/lib/cache';
        export async function currentUser(token) {
          const cached = await getCachedUser(token);
          if (cached) return cached;
          const session = await auth();
          if (!session) throw new Error('Unauthorized');
          return session.user;
        }
      `,
      errors: [
        {
          messageId: 'cacheBeforeVerification',
          line: 5,
          suggestions: [
            {
              messageId: 'insertVerification',
              output: code`
                'use server';
                import { auth } from '@/auth';
                import { getCachedUser } from '@/lib/cache';
                export async function currentUser(token) {
                  const verifiedSession = await auth();
                  if (!verifiedSession) {
                    throw new Error('Unauthorized');
                  }
                  const cached = await getCachedUser(token);
                  if (cached) return cached;
                  const session = await auth();
                  if (!session) throw new Error('Unauthorized');
                  return session.user;
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'aliased import and namespace import of the verifier',
      filename: ME_ROUTE,
      code: code`
        import * as NextAuth from 'next-auth';
        import { redis as cacheClient } from '@/lib/redis';
        export const GET = async (req) => {
          const profile = await cacheClient.get(\`profile:\${req.cookies.get('uid')?.value}\`);
          const s = await NextAuth.getServerSession();
          return Response.json(profile);
        };
      `,
      errors: [
        {
          messageId: 'cacheBeforeVerification',
          line: 4,
          suggestions: [
            {
              messageId: 'insertVerification',
              output: code`
                import * as NextAuth from 'next-auth';
                import { redis as cacheClient } from '@/lib/redis';
                export const GET = async (req) => {
                  const session = await NextAuth.getServerSession();
                  if (!session) {
                    return new Response(null, { status: 401 });
                  }
                  const profile = await cacheClient.get(\`profile:\${req.cookies.get('uid')?.value}\`);
                  const s = await NextAuth.getServerSession();
                  return Response.json(profile);
                };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'settings-named cache helper and a switch where only one case verifies',
      filename: ME_ROUTE,
      settings: settingsFor(4, { cacheReads: ['lookupSession'] }),
      code: code`
        import { lookupSession } from '@acme/session-store';
        import { getServerSession } from 'next-auth';
        export async function GET(req) {
          switch (req.nextUrl.searchParams.get('mode')) {
            case 'strict': {
              const session = await getServerSession();
              if (!session) return new Response(null, { status: 401 });
              break;
            }
            default:
              break;
          }
          return Response.json(await lookupSession(req.cookies.get('sid')?.value));
        }
      `,
      errors: [
        {
          messageId: 'cacheBeforeVerification',
          line: 13,
          suggestions: [
            {
              messageId: 'insertVerification',
              output: code`
                import { lookupSession } from '@acme/session-store';
                import { getServerSession } from 'next-auth';
                export async function GET(req) {
                  switch (req.nextUrl.searchParams.get('mode')) {
                    case 'strict': {
                      const session = await getServerSession();
                      if (!session) return new Response(null, { status: 401 });
                      break;
                    }
                    default:
                      break;
                  }
                  const verifiedSession = await getServerSession();
                  if (!verifiedSession) {
                    return new Response(null, { status: 401 });
                  }
                  return Response.json(await lookupSession(req.cookies.get('sid')?.value));
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'require() of ioredis in a CommonJS pages handler',
      filename: file('pages/api/session-info.js'),
      code: code`
        const Redis = require('ioredis');
        const redis = new Redis();
        export default async function handler(req, res) {
          const session = await redis.get('session:' + req.cookies.sid);
          res.send(session);
        }
      `,
      errors: [{ messageId: 'cacheWithoutVerification', line: 4 }],
    },
    {
      name: 'new Response(JSON.stringify(cached)) after an && check that does not guard the response',
      filename: ME_ROUTE,
      code: code`
        import { getServerSession } from 'next-auth';
        import { redis } from '@/lib/redis';
        export async function GET(req) {
          const session = await getServerSession();
          const cached = await redis.get(\`session:\${req.cookies.get('sid')?.value}\`);
          session && console.log('signed in');
          return new Response(JSON.stringify(cached));
        }
      `,
      errors: [
        {
          messageId: 'cacheBeforeVerification',
          line: 5,
          suggestions: [
            {
              messageId: 'insertVerification',
              output: code`
                import { getServerSession } from 'next-auth';
                import { redis } from '@/lib/redis';
                export async function GET(req) {
                  const session = await getServerSession();
                  const verifiedSession = await getServerSession();
                  if (!verifiedSession) {
                    return new Response(null, { status: 401 });
                  }
                  const cached = await redis.get(\`session:\${req.cookies.get('sid')?.value}\`);
                  session && console.log('signed in');
                  return new Response(JSON.stringify(cached));
                }
              `,
            },
          ],
        },
      ],
    },
  ],
});
