import type { WrapperCase } from '../../test-utils/wrapper-case.js';

export default {
  description: "a tokenDecoders helper stands for jwt-decode's jwtDecode()",
  library: {
    filename: 'app/api/admin/route.ts',
    code: `
      import { jwtDecode } from 'jwt-decode';
      export async function GET(request) {
        const claims = jwtDecode(request.headers.get('x-token'));
        if (claims.role !== 'admin') return new Response(null, { status: 403 });
        return new Response('ok');
      }
    `,
  },
  team: {
    filename: 'app/api/admin/route.ts',
    code: `
      import { parseJwt } from '@/lib/jwt';
      export async function GET(request) {
        const claims = parseJwt(request.headers.get('x-token'));
        if (claims.role !== 'admin') return new Response(null, { status: 403 });
        return new Response('ok');
      }
    `,
  },
  settings: { tokenDecoders: [{ from: 'file', path: 'lib/jwt.ts', name: 'parseJwt' }] },
} satisfies WrapperCase;
