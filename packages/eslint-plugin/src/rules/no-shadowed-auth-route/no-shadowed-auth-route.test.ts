import { NEXTAUTH_ENDPOINTS } from '../../analysis/auth-endpoints.js';
import { code, createRuleTester, file, settingsFor } from '../../test-utils/rule-tester.js';
import rule, { RULE_NAME } from './no-shadowed-auth-route.rule.js';

const ruleTester = createRuleTester();
const v4 = settingsFor(4);
const appHandler = code`
  import { NextResponse } from 'next/server';
  export async function GET() {
    return NextResponse.json({});
  }
`;
const pagesHandler = code`
  export default function handler(req, res) {
    res.status(200).json({});
  }
`;

ruleTester.run(RULE_NAME, rule, {
  valid: [
    { name: 'the NextAuth catch-all route itself', filename: file('app/api/auth/[...nextauth]/route.ts'), settings: v4, code: code`
      import NextAuth from 'next-auth';
      const handler = NextAuth({ providers: [] });
      export { handler as GET, handler as POST };
    ` },
    { name: 'Auth.js v5 catch-all re-exporting handlers', filename: file('app/api/auth/[...nextauth]/route.ts'), settings: settingsFor(5), code: code`
      import { handlers } from '@/auth';
      export const { GET, POST } = handlers;
    ` },
    { name: 'an app route outside the auth base path', filename: file('app/api/session/route.ts'), settings: v4, code: appHandler },
    { name: 'a route under the base path that NextAuth does not serve', filename: file('app/api/auth/register/route.ts'), settings: v4, code: appHandler },
    { name: 'a sign-in page (not an API route)', filename: file('app/auth/signin/page.tsx'), settings: v4, code: 'export default function SignIn() { return null; }' },
    { name: 'a project without next-auth serving its own /api/auth/session', filename: file('app/api/auth/session/route.ts'), code: appHandler },
    { name: 'a custom base path leaves /api/auth free', filename: file('app/api/auth/session/route.ts'), settings: settingsFor(4, { authBasePath: '/api/identity' }), code: appHandler },
    { name: 'a lib file that mentions the path', filename: file('lib/auth/session.ts'), settings: v4, code: "export const SESSION_URL = '/api/auth/session';" },
    { name: 'a route file without handlers', filename: file('app/api/auth/session/route.ts'), settings: v4, code: "export const dynamic = 'force-dynamic';" },
    { name: 'a substring match is not a segment match', filename: file('app/api/authz/session/route.ts'), settings: v4, code: appHandler },
    { name: 'a test file next to the route', filename: file('app/api/auth/session/route.test.ts'), settings: v4, code: "import { GET } from './route';" },
  ],
  invalid: [
    ...NEXTAUTH_ENDPOINTS.map(endpoint => ({
      name: `app router: /api/auth/${endpoint}`,
      filename: file(`app/api/auth/${endpoint}/route.ts`),
      settings: v4,
      code: appHandler,
      errors: [{ messageId: 'shadowsEndpoint' as const, data: { path: `/api/auth/${endpoint}` }, line: 2, column: 23 }],
    })),
    ...NEXTAUTH_ENDPOINTS.map(endpoint => ({
      name: `pages router: pages/api/auth/${endpoint}`,
      filename: file(`pages/api/auth/${endpoint}.ts`),
      settings: v4,
      code: pagesHandler,
      errors: [{ messageId: 'shadowsEndpoint' as const, data: { path: `/api/auth/${endpoint}` }, line: 1 }],
    })),
    {
      name: 'src/app with a route group, Auth.js v5',
      filename: file('src/app/(auth)/api/auth/session/route.ts'),
      settings: settingsFor(5),
      code: appHandler,
      errors: [{ messageId: 'shadowsEndpoint', data: { path: '/api/auth/session' } }],
    },
    {
      name: 'a provider-specific callback route',
      filename: file('app/api/auth/callback/[provider]/route.ts'),
      settings: v4,
      code: appHandler,
      errors: [{ messageId: 'shadowsEndpoint', data: { path: '/api/auth/callback/[provider]' } }],
    },
    {
      name: 'next-auth known from the file imports alone',
      filename: file('app/api/auth/session/route.ts'),
      code: code`
        import { getServerSession } from 'next-auth';
        export const GET = async () => Response.json((await getServerSession()) ?? {});
      `,
      errors: [{ messageId: 'shadowsEndpoint', line: 2, column: 20 }],
    },
    {
      name: 'a custom base path',
      filename: file('app/api/identity/csrf/route.ts'),
      settings: settingsFor(4, { authBasePath: '/api/identity' }),
      code: appHandler,
      errors: [{ messageId: 'shadowsEndpoint', data: { path: '/api/identity/csrf' } }],
    },
    {
      name: 'export { handler as GET }',
      filename: file('app/api/auth/session/route.js'),
      settings: v4,
      code: code`
        async function handler() { return Response.json({}); }
        export { handler as GET, handler as POST };
      `,
      errors: [{ messageId: 'shadowsEndpoint', line: 1, column: 16 }],
    },
  ],
});
