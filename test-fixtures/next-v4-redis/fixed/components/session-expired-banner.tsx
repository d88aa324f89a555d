'use client';

import { signOut } from 'next-auth/react';
import { useIsFetching } from '@tanstack/react-query';

// Signing out through callbackUrl ends in a full page load, which drops every in-memory cache.
export function SessionExpiredBanner() {
  const fetching = useIsFetching();
  return (
    <p>
      Your session has expired.{' '}
      <button disabled={fetching > 0} onClick={() => signOut({ callbackUrl: '/login' })}>
        Sign in again
      </button>
    </p>
  );
}
