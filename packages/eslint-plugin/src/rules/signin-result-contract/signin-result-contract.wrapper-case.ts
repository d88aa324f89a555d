import type { WrapperCase } from '../../test-utils/wrapper-case.js';

/** The open-redirect check runs in files that sign in or out: a settings sign-out wrapper marks one like next-auth's signOut(). */
const page = (imports: string, signOut: string): string => `
  'use client';
  ${imports}
  import { useRouter, useSearchParams } from 'next/navigation';
  export function LogoutButton() {
    const router = useRouter();
    const searchParams = useSearchParams();
    return <button onClick={async () => { await ${signOut}; router.push(searchParams.get('callbackUrl') ?? '/'); }}>Sign out</button>;
  }
`;

export default {
  description: "a signOuts wrapper marks a file that changes the session, like next-auth's signOut()",
  library: { filename: 'components/logout-button.tsx', code: page("import { signOut } from 'next-auth/react';", 'signOut({ redirect: false })') },
  team: { filename: 'components/logout-button.tsx', code: page("import { logout } from '@/lib/session';", 'logout()') },
  settings: { signOuts: [{ from: 'file', path: 'lib/session.ts', name: 'logout' }] },
  baseSettings: { nextAuthVersion: 4 },
} satisfies WrapperCase;
