import { code, createRuleTester, file, settingsFor } from '../../test-utils/rule-tester.js';
import rule, { RULE_NAME } from './session-endpoint-contract.rule.js';

const ruleTester = createRuleTester();
/** A session route that also answers `update()`'s POST, so cases about its body report nothing else. */
const withPost = (source: string): string => `${source}\nexport { GET as POST };`;
const APP_SESSION = file('app/api/auth/session/route.ts');
const SRC_APP_SESSION = file('src/app/(auth)/api/auth/session/route.ts');
const PAGES_SESSION = file('pages/api/auth/session.ts');
const v4 = settingsFor(4);
const v5 = settingsFor(5);

const route = (body: string, init = ''): string => withPost(code`
  import { getServerSession } from 'next-auth';
  import { NextResponse } from 'next/server';
  export async function GET() {
    const session = await getServerSession();
    if (!session) return NextResponse.json(${body}${init});
    return NextResponse.json(session);
  }
`);

ruleTester.run(RULE_NAME, rule, {
  valid: [
    { name: 'v4: {} when signed out', filename: APP_SESSION, settings: v4, code: route('{}') },
    { name: 'v5: null when signed out', filename: APP_SESSION, settings: v5, code: route('null') },
    { name: 'v4: a 401 with any body reads as signed out', filename: APP_SESSION, settings: v4, code: route("{ error: 'Unauthorized' }", ', { status: 401 }') },
    { name: 'v5: a 401 with an object body reads as signed out', filename: APP_SESSION, settings: v5, code: route('{ user: null }', ', { status: 401 }') },
    { name: 'a session-shaped object with a user', filename: APP_SESSION, settings: v4, code: route('{ user: session?.user, expires: session?.expires }') },
    { name: 'a spread of the session', filename: APP_SESSION, settings: v5, code: route('{ ...session }') },
    { name: 'unknown version: {} is not flagged', filename: APP_SESSION, code: route('{}') },
    {
      name: 'v4: session ?? {}',
      filename: APP_SESSION,
      settings: v4,
      code: withPost(code`
        import { getServerSession } from 'next-auth';
        export async function GET() {
          return Response.json((await getServerSession()) ?? {});
        }
      `),
    },
    { name: 'unknown version: null is not flagged', filename: APP_SESSION, code: route('null') },
    {
      name: 'not the session endpoint',
      filename: file('app/api/me/route.ts'),
      settings: v4,
      code: route('{ user: null, expires: null }'),
    },
    {
      name: 'a custom base path moves the session endpoint',
      filename: APP_SESSION,
      settings: settingsFor(4, { authBasePath: '/api/identity' }),
      code: route('{ user: null }'),
    },
    {
      name: 'a project without next-auth (own session API)',
      filename: APP_SESSION,
      code: withPost(code`
        export async function GET() {
          return Response.json({ authenticated: false });
        }
      `),
    },
    {
      name: 'NextAuth catch-all handler re-exported',
      filename: file('app/api/auth/[...nextauth]/route.ts'),
      settings: v4,
      code: code`
        import NextAuth from 'next-auth';
        import { authOptions } from '@/lib/auth';
        const handler = NextAuth(authOptions);
        export { handler as GET, handler as POST };
      `,
    },
    {
      name: 'pages router v4 with {}',
      filename: PAGES_SESSION,
      settings: v4,
      code: code`
        import { getServerSession } from 'next-auth/next';
        export default async function handler(req, res) {
          const session = await getServerSession(req, res, {});
          res.status(200).json(session ?? {});
        }
      `,
    },
    {
      name: 'a helper outside the handler is not a response',
      filename: APP_SESSION,
      settings: v4,
      code: withPost(code`
        import { getServerSession } from 'next-auth';
        const empty = () => ({ user: null });
        export async function GET() {
          return Response.json((await getServerSession()) ?? {});
        }
      `),
    },
    {
      name: 'v5 in src/app with a route group: null',
      filename: SRC_APP_SESSION,
      settings: v5,
      code: withPost(code`
        import { auth } from '@/auth';
        export const GET = async () => Response.json(await auth());
      `),
    },
    // v4: possibly-null bodies, and the POST that update() needs
    {
      name: 'v4: NextResponse.json(session ?? {}) with a POST alias',
      filename: APP_SESSION,
      settings: v4,
      code: withPost(code`
        import { getServerSession } from 'next-auth';
        import { NextResponse } from 'next/server';
        import { authOptions } from '@/lib/auth';
        export async function GET() {
          const session = await getServerSession(authOptions);
          return NextResponse.json(session ?? {});
        }
      `),
    },
    {
      name: 'v5: the session itself (null when signed out is what v5 wants)',
      filename: APP_SESSION,
      settings: v5,
      code: withPost(code`
        import { auth } from '@/auth';
        export async function GET() {
          const session = await auth();
          return Response.json(session);
        }
      `),
    },
    {
      name: 'v4: the session after an early return for no session',
      filename: APP_SESSION,
      settings: v4,
      code: withPost(code`
        import { getServerSession } from 'next-auth';
        export async function GET() {
          const session = await getServerSession();
          if (!session) return Response.json({});
          return Response.json(session);
        }
      `),
    },
    {
      name: 'v4: session ? session : {}',
      filename: APP_SESSION,
      settings: v4,
      code: withPost(code`
        import { getServerSession } from 'next-auth';
        export async function GET() {
          const session = await getServerSession();
          return Response.json(session ? session : {});
        }
      `),
    },
    {
      name: 'unknown version: a possibly-null session is not flagged',
      filename: APP_SESSION,
      code: withPost(code`
        import { getServerSession } from 'next-auth';
        export async function GET() {
          return Response.json(await getServerSession());
        }
      `),
    },
    {
      name: 'POST and GET both exported as functions',
      filename: APP_SESSION,
      settings: v4,
      code: code`
        import { getServerSession } from 'next-auth';
        export async function GET() {
          return Response.json((await getServerSession()) ?? {});
        }
        export async function POST() {
          return GET();
        }
      `,
    },
    {
      name: 'pages/api: one default handler answers every method',
      filename: PAGES_SESSION,
      settings: v4,
      code: code`
        import { getServerSession } from 'next-auth';
        export default async function handler(req, res) {
          res.status(200).json((await getServerSession(req, res, {})) ?? {});
        }
      `,
    },
    {
      name: 'not the session endpoint: GET only is fine',
      filename: file('app/api/me/route.ts'),
      settings: v4,
      code: code`
        import { getServerSession } from 'next-auth';
        export async function GET() {
          return Response.json(await getServerSession());
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'the seed: { user: null, expires: null } under v4',
      filename: APP_SESSION,
      settings: v4,
      code: route('{ user: null, expires: null }'),
      errors: [
        {
          messageId: 'objectReadsAsSession',
          line: 5,
          suggestions: [{ messageId: 'useSignedOutBody', data: { replacement: '{}', library: 'next-auth v4' }, output: route('{}') }],
        },
      ],
    },
    {
      name: '{ user: null, expires: null } under v5',
      filename: APP_SESSION,
      settings: v5,
      code: route('{ user: null, expires: null }'),
      errors: [{ messageId: 'objectReadsAsSession', suggestions: [{ messageId: 'useSignedOutBody', output: route('null') }] }],
    },
    {
      name: '{ error } with an explicit 200 under v4',
      filename: APP_SESSION,
      settings: v4,
      code: route("{ error: 'Unauthorized' }", ', { status: 200 }'),
      errors: [{ messageId: 'objectReadsAsSession', suggestions: [{ messageId: 'useSignedOutBody', output: route('{}', ', { status: 200 }') }] }],
    },
    {
      name: '{ authenticated: false } with unknown version offers both bodies',
      filename: APP_SESSION,
      code: route('{ authenticated: false }'),
      errors: [
        {
          messageId: 'objectReadsAsSession',
          suggestions: [
            { messageId: 'useSignedOutBody', data: { replacement: '{}', library: 'next-auth v4' }, output: route('{}') },
            { messageId: 'useSignedOutBody', data: { replacement: 'null', library: 'Auth.js v5' }, output: route('null') },
          ],
        },
      ],
    },
    {
      name: '{ user: undefined } is not a session',
      filename: APP_SESSION,
      settings: v4,
      code: route('{ user: undefined }'),
      errors: [{ messageId: 'objectReadsAsSession', suggestions: [{ messageId: 'useSignedOutBody', output: route('{}') }] }],
    },
    {
      name: "{ 'user': false } with a string key",
      filename: APP_SESSION,
      settings: v4,
      code: route("{ 'user': false }"),
      errors: [{ messageId: 'objectReadsAsSession', suggestions: [{ messageId: 'useSignedOutBody', output: route('{}') }] }],
    },
    {
      name: 'v5: {} reads as a session',
      filename: APP_SESSION,
      settings: v5,
      code: route('{}'),
      errors: [{ messageId: 'emptyObjectInV5', suggestions: [{ messageId: 'useSignedOutBody', output: route('null') }] }],
    },
    {
      name: 'v4: null fails every poll',
      filename: APP_SESSION,
      settings: v4,
      code: route('null'),
      errors: [{ messageId: 'nullInV4', suggestions: [{ messageId: 'useSignedOutBody', output: route('{}') }] }],
    },
    {
      name: 'v5: null with 401 keeps the stale session',
      filename: APP_SESSION,
      settings: v5,
      code: route('null', ', { status: 401 }'),
      errors: [{ messageId: 'nullWithErrorStatusInV5', data: { status: '401' }, line: 5, column: 50 }],
    },
    {
      name: 'Response.json with the seed body',
      filename: APP_SESSION,
      settings: v4,
      code: withPost(code`
        export async function GET() {
          return Response.json({ user: null, expires: null });
        }
      `),
      errors: [{ messageId: 'objectReadsAsSession', suggestions: [{ messageId: 'useSignedOutBody', output: withPost(code`
        export async function GET() {
          return Response.json({});
        }
      `) }] }],
    },
    {
      name: 'new Response(JSON.stringify(...))',
      filename: APP_SESSION,
      settings: v5,
      code: withPost(code`
        export async function GET() {
          return new Response(JSON.stringify({ session: null }), { headers: { 'content-type': 'application/json' } });
        }
      `),
      errors: [{ messageId: 'objectReadsAsSession', suggestions: [{ messageId: 'useSignedOutBody', output: withPost(code`
        export async function GET() {
          return new Response(JSON.stringify(null), { headers: { 'content-type': 'application/json' } });
        }
      `) }] }],
    },
    {
      name: 'export { handler as GET, handler as POST }',
      filename: APP_SESSION,
      settings: v4,
      code: code`
        import { NextResponse } from 'next/server';
        async function handler() {
          return NextResponse.json({ user: null, expires: null });
        }
        export { handler as GET, handler as POST };
      `,
      errors: [{ messageId: 'objectReadsAsSession', suggestions: [{ messageId: 'useSignedOutBody', output: code`
        import { NextResponse } from 'next/server';
        async function handler() {
          return NextResponse.json({});
        }
        export { handler as GET, handler as POST };
      ` }] }],
    },
    {
      name: 'pages router: res.status(200).json({ user: null })',
      filename: PAGES_SESSION,
      settings: v4,
      code: code`
        export default function handler(req, res) {
          res.status(200).json({ user: null });
        }
      `,
      errors: [{ messageId: 'objectReadsAsSession', suggestions: [{ messageId: 'useSignedOutBody', output: code`
        export default function handler(req, res) {
          res.status(200).json({});
        }
      ` }] }],
    },
    {
      name: 'pages router v5: res.json({})',
      filename: PAGES_SESSION,
      settings: v5,
      code: code`
        export default function handler(req, res) {
          return res.json({});
        }
      `,
      errors: [{ messageId: 'emptyObjectInV5', suggestions: [{ messageId: 'useSignedOutBody', output: code`
        export default function handler(req, res) {
          return res.json(null);
        }
      ` }] }],
    },
    {
      name: 'pages router v5: res.status(401).json(null)',
      filename: PAGES_SESSION,
      settings: v5,
      code: code`
        export default function handler(request, response) {
          response.status(401).json(null);
        }
      `,
      errors: [{ messageId: 'nullWithErrorStatusInV5', line: 2, column: 3 }],
    },
    {
      name: 'v5: session ?? {} answers {} when signed out',
      filename: APP_SESSION,
      settings: v5,
      code: withPost(code`
        import { auth } from '@/auth';
        export async function GET() {
          return Response.json((await auth()) ?? {});
        }
      `),
      errors: [{ messageId: 'emptyObjectInV5', column: 42, suggestions: [{ messageId: 'useSignedOutBody', output: withPost(code`
        import { auth } from '@/auth';
        export async function GET() {
          return Response.json((await auth()) ?? null);
        }
      `) }] }],
    },
    {
      name: 'v4: a ternary whose signed-out branch is the seed body',
      filename: APP_SESSION,
      settings: v4,
      code: withPost(code`
        import { getServerSession } from 'next-auth';
        export async function GET() {
          const session = await getServerSession();
          return Response.json(session ? session : { user: null, expires: null });
        }
      `),
      errors: [{ messageId: 'objectReadsAsSession', suggestions: [{ messageId: 'useSignedOutBody', output: withPost(code`
        import { getServerSession } from 'next-auth';
        export async function GET() {
          const session = await getServerSession();
          return Response.json(session ? session : {});
        }
      `) }] }],
    },
    {
      name: 'src/app with a route group',
      filename: SRC_APP_SESSION,
      settings: v4,
      code: route('{ user: null, expires: null }'),
      errors: [{ messageId: 'objectReadsAsSession', suggestions: [{ messageId: 'useSignedOutBody', output: route('{}') }] }],
    },
    {
      name: 'arrow handler export',
      filename: APP_SESSION,
      settings: v5,
      code: withPost(code`
        import { auth } from '@/auth';
        export const GET = async () => {
          const session = await auth();
          return session ? Response.json(session) : Response.json({});
        };
      `),
      errors: [{ messageId: 'emptyObjectInV5', suggestions: [{ messageId: 'useSignedOutBody', output: withPost(code`
        import { auth } from '@/auth';
        export const GET = async () => {
          const session = await auth();
          return session ? Response.json(session) : Response.json(null);
        };
      `) }] }],
    },
    {
      name: 'custom base path',
      filename: file('app/api/identity/session/route.ts'),
      settings: settingsFor(4, { authBasePath: '/api/identity' }),
      code: route('{ user: null }'),
      errors: [{ messageId: 'objectReadsAsSession', suggestions: [{ messageId: 'useSignedOutBody', output: route('{}') }] }],
    },
    {
      name: 'the report fix: two signed-out answers',
      filename: APP_SESSION,
      settings: v4,
      code: withPost(code`
        import { getServerSession } from 'next-auth';
        import { NextResponse } from 'next/server';
        export async function GET(request) {
          if (!request.cookies.get('next-auth.session-token')) return NextResponse.json({ user: null, expires: null });
          const session = await getServerSession();
          if (!session?.user) return NextResponse.json({ user: null, expires: null });
          return NextResponse.json(session);
        }
      `),
      errors: [
        { messageId: 'objectReadsAsSession', line: 4, suggestions: [{ messageId: 'useSignedOutBody', output: withPost(code`
          import { getServerSession } from 'next-auth';
          import { NextResponse } from 'next/server';
          export async function GET(request) {
            if (!request.cookies.get('next-auth.session-token')) return NextResponse.json({});
            const session = await getServerSession();
            if (!session?.user) return NextResponse.json({ user: null, expires: null });
            return NextResponse.json(session);
          }
        `) }] },
        { messageId: 'objectReadsAsSession', line: 6, suggestions: [{ messageId: 'useSignedOutBody', output: withPost(code`
          import { getServerSession } from 'next-auth';
          import { NextResponse } from 'next/server';
          export async function GET(request) {
            if (!request.cookies.get('next-auth.session-token')) return NextResponse.json({ user: null, expires: null });
            const session = await getServerSession();
            if (!session?.user) return NextResponse.json({});
            return NextResponse.json(session);
          }
        `) }] },
      ],
    },
    // v4: possibly-null bodies, and the POST that update() needs
    {
      name: 'v4: NextResponse.json(session) sends null when signed out',
      filename: APP_SESSION,
      settings: v4,
      code: withPost(code`
        import { getServerSession } from 'next-auth';
        import { NextResponse } from 'next/server';
        import { authOptions } from '@/lib/auth';
        export async function GET() {
          const session = await getServerSession(authOptions);
          return NextResponse.json(session);
        }
      `),
      errors: [
        {
          messageId: 'nullableSessionInV4',
          data: { body: 'session' },
          suggestions: [
            {
              messageId: 'fallBackToEmptyObject',
              output: withPost(code`
                import { getServerSession } from 'next-auth';
                import { NextResponse } from 'next/server';
                import { authOptions } from '@/lib/auth';
                export async function GET() {
                  const session = await getServerSession(authOptions);
                  return NextResponse.json(session ?? {});
                }
              `),
            },
          ],
        },
      ],
    },
    {
      name: 'v4: the awaited call in place',
      filename: APP_SESSION,
      settings: v4,
      code: withPost(code`
        import { getServerSession } from 'next-auth';
        import { authOptions } from '@/lib/auth';
        export async function GET() {
          return Response.json(await getServerSession(authOptions), { headers: { 'Cache-Control': 'private, no-store' } });
        }
      `),
      errors: [
        {
          messageId: 'nullableSessionInV4',
          suggestions: [
            {
              messageId: 'fallBackToEmptyObject',
              output: withPost(code`
                import { getServerSession } from 'next-auth';
                import { authOptions } from '@/lib/auth';
                export async function GET() {
                  return Response.json((await getServerSession(authOptions)) ?? {}, { headers: { 'Cache-Control': 'private, no-store' } });
                }
              `),
            },
          ],
        },
      ],
    },
    {
      name: 'v4: pages/api res.status(200).json(session)',
      filename: PAGES_SESSION,
      settings: v4,
      code: code`
        import { getServerSession } from 'next-auth/next';
        import { authOptions } from '@/lib/auth';
        export default async function handler(req, res) {
          const session = await getServerSession(req, res, authOptions);
          res.status(200).json(session);
        }
      `,
      errors: [
        {
          messageId: 'nullableSessionInV4',
          suggestions: [
            {
              messageId: 'fallBackToEmptyObject',
              output: code`
                import { getServerSession } from 'next-auth/next';
                import { authOptions } from '@/lib/auth';
                export default async function handler(req, res) {
                  const session = await getServerSession(req, res, authOptions);
                  res.status(200).json(session ?? {});
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'GET without POST: update() gets 405',
      filename: APP_SESSION,
      settings: v4,
      code: code`
        import { getServerSession } from 'next-auth';
        export async function GET() {
          return Response.json((await getServerSession()) ?? {});
        }
      `,
      errors: [
        {
          messageId: 'missingPost',
          line: 2,
          suggestions: [
            {
              messageId: 'addPost',
              output: code`
                import { getServerSession } from 'next-auth';
                export async function GET() {
                  return Response.json((await getServerSession()) ?? {});
                }

                export const POST = GET;
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'GET as an arrow const without POST (v5)',
      filename: APP_SESSION,
      settings: v5,
      code: code`
        import { auth } from '@/auth';
        export const GET = async () => Response.json(await auth());
      `,
      errors: [
        {
          messageId: 'missingPost',
          suggestions: [
            {
              messageId: 'addPost',
              output: code`
                import { auth } from '@/auth';
                export const GET = async () => Response.json(await auth());

                export const POST = GET;
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'export { handler as GET } without POST',
      filename: APP_SESSION,
      settings: v5,
      code: code`
        import { auth } from '@/auth';
        async function handler() {
          return Response.json(await auth());
        }
        export { handler as GET };
      `,
      errors: [
        {
          messageId: 'missingPost',
          suggestions: [
            {
              messageId: 'addPost',
              output: code`
                import { auth } from '@/auth';
                async function handler() {
                  return Response.json(await auth());
                }
                export { handler as GET };

                export { handler as POST };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'v4: both the null body and the missing POST',
      filename: APP_SESSION,
      settings: v4,
      code: code`
        import { getServerSession } from 'next-auth';
        export async function GET() {
          const session = await getServerSession();
          return Response.json(session);
        }
      `,
      errors: [
        {
          messageId: 'missingPost',
          suggestions: [
            {
              messageId: 'addPost',
              output: code`
                import { getServerSession } from 'next-auth';
                export async function GET() {
                  const session = await getServerSession();
                  return Response.json(session);
                }

                export const POST = GET;
              `,
            },
          ],
        },
        {
          messageId: 'nullableSessionInV4',
          suggestions: [
            {
              messageId: 'fallBackToEmptyObject',
              output: code`
                import { getServerSession } from 'next-auth';
                export async function GET() {
                  const session = await getServerSession();
                  return Response.json(session ?? {});
                }
              `,
            },
          ],
        },
      ],
    },
  ],
});
