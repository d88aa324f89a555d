'use client';

import { useEffect } from 'react';
import { useRouter } from 'next/navigation';

// Sends users back to the home page as soon as their session expires.
export function SessionKeepAlive() {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(async () => {
      const res = await fetch('/api/auth/session');
      const session = await res.json();
      if (!session?.user) router.push('/');
    }, 5_000);
    return () => clearInterval(timer);
  }, [router]);
  return null;
}
