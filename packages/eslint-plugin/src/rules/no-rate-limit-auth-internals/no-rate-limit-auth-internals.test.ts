import { code, createRuleTester, file, settingsFor } from '../../test-utils/rule-tester.js';
import rule, { RULE_NAME } from './no-rate-limit-auth-internals.rule.js';

const ruleTester = createRuleTester();
const MIDDLEWARE = file('middleware.ts');
const ALL = { endpoints: '`/api/auth/session`, `/api/auth/csrf` and `/api/auth/providers`', basePath: '/api/auth' };

const UPSTASH = code`
  import { Ratelimit } from '@upstash/ratelimit';
  import { Redis } from '@upstash/redis';
  import { NextResponse, type NextRequest } from 'next/server';
  const ratelimit = new Ratelimit({ redis: Redis.fromEnv(), limiter: Ratelimit.slidingWindow(5, '1 m') });
`;

/** A middleware whose body is `body`, with an Upstash limiter in scope. */
const middleware = (body: string, tail = ''): string => `${UPSTASH}
export async function middleware(req: NextRequest) {
  const { pathname } = req.nextUrl;
  const ip = req.headers.get('x-forwarded-for') ?? '127.0.0.1';
${body}
  return NextResponse.next();
}
${tail}`;

ruleTester.run(RULE_NAME, rule, {
  valid: [
    {
      name: 'login-only limit: POST callback/credentials keyed by IP plus identifier',
      filename: MIDDLEWARE,
      code: middleware(`  if (req.method === 'POST' && pathname === '/api/auth/callback/credentials') {
    const form = await req.clone().formData();
    const { success } = await ratelimit.limit(\`\${ip}:\${form.get('email')}\`);
    if (!success) return new NextResponse('Too many attempts', { status: 429 });
  }`),
    },
    {
      name: 'POST anywhere under /api/auth: the polled endpoints are GETs',
      filename: MIDDLEWARE,
      code: middleware(`  if (pathname.startsWith('/api/auth') && req.method === 'POST') {
    await ratelimit.limit(ip);
  }`),
    },
    {
      name: 'auth paths with session, csrf and providers excluded by a list',
      filename: MIDDLEWARE,
      code: middleware(`  const POLLED = ['/api/auth/session', '/api/auth/csrf', '/api/auth/providers'];
  if (pathname.startsWith('/api/auth') && !POLLED.includes(pathname)) {
    await ratelimit.limit(ip);
  }`),
    },
    {
      name: 'excluded with some(p => pathname.startsWith(p))',
      filename: MIDDLEWARE,
      code: middleware(`  const SKIP = ['/api/auth/session', '/api/auth/csrf', '/api/auth/providers'];
  if (pathname.startsWith('/api/auth/') && !SKIP.some(p => pathname.startsWith(p))) {
    await ratelimit.limit(ip);
  }`),
    },
    {
      name: 'a regex with a negative lookahead for the polled endpoints',
      filename: MIDDLEWARE,
      code: middleware(`  if (/^\\/api\\/auth\\/(?!session|csrf|providers)/.test(pathname)) {
    await ratelimit.limit(ip);
  }`),
    },
    {
      name: 'early return for the polled endpoints, then a limit on the rest of /api/auth',
      filename: MIDDLEWARE,
      code: middleware(`  if (pathname === '/api/auth/session' || pathname === '/api/auth/csrf' || pathname === '/api/auth/providers') return NextResponse.next();
  if (pathname.startsWith('/api/auth')) await ratelimit.limit(ip);`),
    },
    {
      name: 'a limit on another API prefix',
      filename: MIDDLEWARE,
      code: middleware(`  if (pathname.startsWith('/api/upload')) {
    await ratelimit.limit(ip);
  }`),
    },
    {
      name: 'a general /api limit whose path test does not name the auth base path',
      filename: MIDDLEWARE,
      code: middleware(`  if (pathname.startsWith('/api')) {
    await ratelimit.limit(ip);
  }`),
    },
    {
      name: 'an unconditional limit with no path test at all',
      filename: MIDDLEWARE,
      code: middleware(`  await ratelimit.limit(ip);`),
    },
    {
      name: 'a path test the rule cannot read',
      filename: MIDDLEWARE,
      code: middleware(`  if (isAuthRoute(pathname)) await ratelimit.limit(ip);`, 'declare function isAuthRoute(path: string): boolean;'),
    },
    {
      name: 'not middleware: an API route may rate-limit itself',
      filename: file('app/api/auth/[...nextauth]/route.ts'),
      code: code`
        import { rateLimit } from '@/lib/rate-limit';
        export async function POST(req: Request) {
          if (new URL(req.url).pathname.startsWith('/api/auth')) await rateLimit(req);
          return new Response(null);
        }
      `,
    },
    {
      name: 'a matcher that covers only the credentials callback',
      filename: MIDDLEWARE,
      code: middleware(`  await ratelimit.limit(ip);`, `export const config = { matcher: ['/api/auth/callback/credentials'] };`),
    },
    {
      name: 'a matcher that excludes /api entirely',
      filename: MIDDLEWARE,
      code: middleware(`  if (pathname.includes('/auth/')) await ratelimit.limit(ip);`, `export const config = { matcher: ['/((?!api|_next/static|_next/image|favicon.ico).*)'] };`),
    },
    {
      name: 'a custom base path: the default /api/auth is not the auth base',
      filename: MIDDLEWARE,
      settings: settingsFor(undefined, { authBasePath: '/api/identity' }),
      code: middleware(`  if (pathname.startsWith('/api/auth')) await ratelimit.limit(ip);`),
    },
    {
      name: 'a call that is not a rate limit',
      filename: MIDDLEWARE,
      code: middleware(`  if (pathname.startsWith('/api/auth')) console.log(ip);`),
    },
    {
      name: 'an unknown condition that depends on the path through a helper joins with other tests',
      filename: MIDDLEWARE,
      code: middleware(`  if (pathname.startsWith('/api/auth') && isLogin(req)) await ratelimit.limit(ip);`, 'declare function isLogin(req: NextRequest): boolean;'),
    },
  ],
  invalid: [
    {
      name: "pathname.includes('/auth/') (the incident)",
      filename: MIDDLEWARE,
      code: middleware(`  if (pathname.includes('/auth/')) {
    const { success } = await ratelimit.limit(ip);
    if (!success) return new NextResponse('Too many requests', { status: 429 });
  }`),
      errors: [{ messageId: 'limitsPolledEndpoints', data: ALL }],
    },
    {
      name: "startsWith('/api/auth')",
      filename: MIDDLEWARE,
      code: middleware(`  if (pathname.startsWith('/api/auth')) await ratelimit.limit(ip);`),
      errors: [{ messageId: 'limitsPolledEndpoints', data: ALL }],
    },
    {
      name: 'req.nextUrl.pathname without destructuring',
      filename: MIDDLEWARE,
      code: middleware(`  if (req.nextUrl.pathname.startsWith('/api/auth/')) await ratelimit.limit(ip);`),
      errors: [{ messageId: 'limitsPolledEndpoints' }],
    },
    {
      name: 'a matching regex',
      filename: MIDDLEWARE,
      code: middleware(`  if (/^\\/api\\/auth\\//.test(pathname)) await ratelimit.limit(ip);`),
      errors: [{ messageId: 'limitsPolledEndpoints', data: ALL }],
    },
    {
      name: 'a regex held in a const',
      filename: MIDDLEWARE,
      code: middleware(`  if (AUTH_PATHS.test(pathname)) await ratelimit.limit(ip);`, 'const AUTH_PATHS = /^\\/api\\/auth/;'),
      errors: [{ messageId: 'limitsPolledEndpoints' }],
    },
    {
      name: 'early return for everything outside /api/auth',
      filename: MIDDLEWARE,
      code: middleware(`  if (!pathname.startsWith('/api/auth')) return NextResponse.next();
  const { success } = await ratelimit.limit(ip);
  if (!success) return new NextResponse(null, { status: 429 });`),
      errors: [{ messageId: 'limitsPolledEndpoints', data: ALL }],
    },
    {
      name: 'only session excluded: csrf and providers still limited',
      filename: MIDDLEWARE,
      code: middleware(`  if (pathname.startsWith('/api/auth') && pathname !== '/api/auth/session') await ratelimit.limit(ip);`),
      errors: [{ messageId: 'limitsPolledEndpoints', data: { endpoints: '`/api/auth/csrf` and `/api/auth/providers`', basePath: '/api/auth' } }],
    },
    {
      name: 'an IP check joined with the path test',
      filename: MIDDLEWARE,
      code: middleware(`  if (ip && pathname.startsWith('/api/auth')) await ratelimit.limit(ip);`),
      errors: [{ messageId: 'limitsPolledEndpoints' }],
    },
    {
      name: 'GET and POST both limited',
      filename: MIDDLEWARE,
      code: middleware(`  if ((req.method === 'GET' || req.method === 'POST') && pathname.startsWith('/api/auth')) await ratelimit.limit(ip);`),
      errors: [{ messageId: 'limitsPolledEndpoints' }],
    },
    {
      name: 'a matcher on /api/auth/:path* and an unconditional limit',
      filename: MIDDLEWARE,
      code: middleware(`  await ratelimit.limit(ip);`, `export const config = { matcher: ['/api/auth/:path*'] };`),
      errors: [{ messageId: 'limitsPolledEndpoints', data: ALL }],
    },
    {
      name: 'a matcher object with a source',
      filename: MIDDLEWARE,
      code: middleware(`  await ratelimit.limit(ip);`, `export const config = { matcher: [{ source: '/api/auth/(.*)' }] };`),
      errors: [{ messageId: 'limitsPolledEndpoints' }],
    },
    {
      name: 'a conditional expression',
      filename: MIDDLEWARE,
      code: middleware(`  const result = pathname.startsWith('/api/auth') ? await ratelimit.limit(ip) : null;
  if (result && !result.success) return new NextResponse(null, { status: 429 });`),
      errors: [{ messageId: 'limitsPolledEndpoints' }],
    },
    {
      name: 'a && short-circuit',
      filename: MIDDLEWARE,
      code: middleware(`  pathname.startsWith('/api/auth') && (await ratelimit.limit(ip));`),
      errors: [{ messageId: 'limitsPolledEndpoints' }],
    },
    {
      name: 'the limit in a same-file helper called under the path test',
      filename: MIDDLEWARE,
      code: middleware(`  if (pathname.startsWith('/api/auth')) await limitAuth(ip);`, 'async function limitAuth(key: string) { return ratelimit.limit(key); }'),
      errors: [{ messageId: 'limitsPolledEndpoints' }],
    },
    {
      name: 'rate-limiter-flexible consume()',
      filename: MIDDLEWARE,
      code: code`
        import { RateLimiterMemory } from 'rate-limiter-flexible';
        import { NextResponse, type NextRequest } from 'next/server';
        const limiter = new RateLimiterMemory({ points: 5, duration: 60 });
        export async function middleware(request: NextRequest) {
          if (request.nextUrl.pathname.startsWith('/api/auth')) {
            try { await limiter.consume(request.headers.get('x-real-ip') ?? 'anon'); } catch { return new NextResponse(null, { status: 429 }); }
          }
          return NextResponse.next();
        }
      `,
      errors: [{ messageId: 'limitsPolledEndpoints' }],
    },
    {
      name: "the app's own rateLimit() helper",
      filename: MIDDLEWARE,
      code: code`
        import { NextResponse, type NextRequest } from 'next/server';
        import { rateLimit } from '@/lib/rate-limit';
        export default async function middleware(req: NextRequest) {
          if (req.nextUrl.pathname.includes('/api/auth')) {
            const limited = await rateLimit(req);
            if (limited) return limited;
          }
          return NextResponse.next();
        }
      `,
      errors: [{ messageId: 'limitsPolledEndpoints' }],
    },
    {
      name: 'limiter.check() on a client named limiter',
      filename: MIDDLEWARE,
      code: code`
        import { NextResponse, type NextRequest } from 'next/server';
        import { limiter } from './lib/limiter';
        export async function middleware(req: NextRequest) {
          const path = req.nextUrl.pathname;
          if (path.startsWith('/api/auth')) await limiter.check(10, req.ip ?? 'anon');
          return NextResponse.next();
        }
      `,
      errors: [{ messageId: 'limitsPolledEndpoints' }],
    },
    {
      name: 'a wrapper named in settings',
      filename: MIDDLEWARE,
      settings: settingsFor(undefined, { rateLimiters: ['throttle'] }),
      code: code`
        import { NextResponse, type NextRequest } from 'next/server';
        import { throttle } from '@/lib/throttle';
        export function middleware(req: NextRequest) {
          if (req.nextUrl.pathname.startsWith('/api/auth')) throttle(req);
          return NextResponse.next();
        }
      `,
      errors: [{ messageId: 'limitsPolledEndpoints' }],
    },
    {
      name: 'Next 16 proxy.ts',
      filename: file('proxy.ts'),
      code: middleware(`  if (pathname.startsWith('/api/auth')) await ratelimit.limit(ip);`).replace('export async function middleware', 'export async function proxy'),
      errors: [{ messageId: 'limitsPolledEndpoints' }],
    },
    {
      name: 'src/middleware.ts inside Auth.js v5 auth() wrapper',
      filename: file('src/middleware.ts'),
      code: code`
        import { auth } from '@/auth';
        import { Ratelimit } from '@upstash/ratelimit';
        import { Redis } from '@upstash/redis';
        const ratelimit = new Ratelimit({ redis: Redis.fromEnv(), limiter: Ratelimit.fixedWindow(5, '60 s') });
        export default auth(async req => {
          if (req.nextUrl.pathname.startsWith('/api/auth')) {
            const { success } = await ratelimit.limit(req.headers.get('x-forwarded-for') ?? 'anon');
            if (!success) return Response.json({ error: 'Too many requests' }, { status: 429 });
          }
        });
      `,
      errors: [{ messageId: 'limitsPolledEndpoints' }],
    },
    {
      name: 'a custom base path from settings',
      filename: MIDDLEWARE,
      settings: settingsFor(undefined, { authBasePath: '/api/identity' }),
      code: middleware(`  if (pathname.startsWith('/api/identity')) await ratelimit.limit(ip);`),
      errors: [{ messageId: 'limitsPolledEndpoints', data: { endpoints: '`/api/identity/session`, `/api/identity/csrf` and `/api/identity/providers`', basePath: '/api/identity' } }],
    },
    {
      name: 'the full URL tested with includes',
      filename: MIDDLEWARE,
      code: middleware(`  if (req.url.includes('/api/auth/')) await ratelimit.limit(ip);`),
      errors: [{ messageId: 'limitsPolledEndpoints' }],
    },
  ],
});
