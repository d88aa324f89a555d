import type { WrapperCase } from '../../test-utils/wrapper-case.js';

export default {
  description: "a signOuts wrapper stands for Auth.js's server signOut() in a GET handler",
  library: {
    filename: 'app/logout/route.ts',
    code: `
      import { signOut } from '@/auth';
      export async function GET() {
        await signOut({ redirectTo: '/' });
      }
    `,
  },
  team: {
    filename: 'app/logout/route.ts',
    code: `
      import { endSession } from '@/lib/session';
      export async function GET() {
        await endSession();
      }
    `,
  },
  settings: { signOuts: [{ from: 'file', path: 'lib/session.ts', name: 'endSession' }] },
} satisfies WrapperCase;
