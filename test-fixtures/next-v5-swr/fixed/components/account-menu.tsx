'use client';

import { useRouter } from 'next/navigation';
import { signOut, useSession } from 'next-auth/react';
import useSWR, { useSWRConfig } from 'swr';
import { signOutEverywhere } from '@/app/actions';

export function AccountMenu() {
  const router = useRouter();
  const { data: session } = useSession();
  const { data: me } = useSWR<{ name: string }>('/api/me');
  const { mutate } = useSWRConfig();

  async function handleSignOut() {
    // Resolves once next-auth has refetched the (now empty) session.
    await signOut({ redirect: false });
    // Drop every cached response so the next user never sees this one's data.
    await mutate(() => true, undefined, { revalidate: false });
    router.push('/');
  }

  return (
    <nav>
      <span>{me?.name ?? session?.user?.name}</span>
      <button onClick={handleSignOut}>Sign out</button>
      <form action={signOutEverywhere}>
        <button type="submit">Sign out everywhere</button>
      </form>
    </nav>
  );
}
