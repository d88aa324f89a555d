'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { signOut, useSession } from 'next-auth/react';
import useSWR, { useSWRConfig } from 'swr';

export function AccountMenu() {
  const router = useRouter();
  const { data: session } = useSession();
  const { data: me } = useSWR<{ name: string }>('/api/me');
  const { mutate } = useSWRConfig();

  async function handleSignOut() {
    await signOut({ redirect: false });
    // Give the session a moment to update before leaving the page.
    await new Promise(resolve => setTimeout(resolve, 500));
    await mutate('/api/me');
    router.push('/');
  }

  return (
    <nav>
      <span>{me?.name ?? session?.user?.name}</span>
      <button onClick={handleSignOut}>Sign out</button>
      <Link href="/api/logout">Sign out everywhere</Link>
    </nav>
  );
}
