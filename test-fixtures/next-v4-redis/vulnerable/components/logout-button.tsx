'use client';

import { useRouter } from 'next/navigation';
import { signOut, useSession } from 'next-auth/react';
import { useQueryClient } from '@tanstack/react-query';

// The incident report's "Solution 3" and "Solution 4", as written.
export function LogoutButton() {
  const router = useRouter();
  const queryClient = useQueryClient();
  const { update } = useSession();

  async function handleLogout() {
    await signOut({ redirect: false });

    // Wait for NextAuth broadcast
    await new Promise(resolve => setTimeout(resolve, 500));

    // Clear NextAuth's session query from React Query
    queryClient.removeQueries({ queryKey: ['session'], exact: false });

    // Force useSession() to refetch
    await update();

    // Wait for useSession() to update
    let attempts = 0;
    while (attempts < 10) {
      const { status } = useSession();
      if (status === 'unauthenticated') {
        break;
      }
      await new Promise(resolve => setTimeout(resolve, 100));
      attempts++;
    }

    router.push('/login');
  }

  return <button onClick={handleLogout}>Sign out</button>;
}
