import { useRouter } from 'next/router';
import { signOut } from 'next-auth/react';
import { useQueryClient } from '@tanstack/react-query';

export function SignOutButton() {
  const router = useRouter();
  const queryClient = useQueryClient();

  async function handleClick() {
    // Resolves after next-auth has refetched the (now empty) session.
    await signOut({ redirect: false });
    // Drop every cached query so the next user starts from nothing.
    queryClient.clear();
    router.push('/login');
  }

  return <button onClick={handleClick}>Sign out</button>;
}
