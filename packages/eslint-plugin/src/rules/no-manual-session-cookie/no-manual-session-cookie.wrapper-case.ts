import type { WrapperCase } from '../../test-utils/wrapper-case.js';

export default {
  description: 'a cookieReads helper stands for cookies().get()',
  library: {
    filename: 'app/api/me/route.ts',
    code: `
      import { cookies } from 'next/headers';
      export async function GET() {
        return Response.json({ token: (await cookies()).get('next-auth.session-token')?.value });
      }
    `,
  },
  team: {
    filename: 'app/api/me/route.ts',
    code: `
      import { readCookie } from '@/lib/cookies';
      export async function GET() {
        return Response.json({ token: await readCookie('next-auth.session-token') });
      }
    `,
  },
  settings: { cookieReads: [{ from: 'file', path: 'lib/cookies.ts', name: 'readCookie' }] },
} satisfies WrapperCase;
