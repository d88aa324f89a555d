'use client';

import { useEffect } from 'react';
import { useRouter } from 'next/navigation';
import { useSession } from 'next-auth/react';

// Sends users back to the home page as soon as their session expires.
// useSession() is reactive: SessionProvider's refetchInterval keeps it fresh.
export function SessionKeepAlive() {
  const router = useRouter();
  const { status } = useSession();
  useEffect(() => {
    if (status === 'unauthenticated') router.push('/');
  }, [status, router]);
  return null;
}
