'use client';

import { signOut } from 'next-auth/react';

/** Signs the admin out without leaving the page; callers decide where to go next. */
export function useLogout() {
  return () => signOut({ redirect: false });
}
