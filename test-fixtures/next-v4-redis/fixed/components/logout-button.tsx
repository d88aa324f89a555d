'use client';

import { useRouter } from 'next/navigation';
import { signOut } from 'next-auth/react';
import { useQueryClient } from '@tanstack/react-query';

export function LogoutButton() {
  const router = useRouter();
  const queryClient = useQueryClient();

  async function handleLogout() {
    // Resolves after next-auth has refetched the (now empty) session.
    await signOut({ redirect: false });
    // Drop every cached query so the next user starts from nothing.
    queryClient.clear();
    router.push('/login');
  }

  return <button onClick={handleLogout}>Sign out</button>;
}
