import { cache } from 'react';
import { auth } from '@/auth';

// React's cache() is per request: every render of one request shares the lookup, and no request sees another's.
export const getCurrentUser = cache(async () => {
  const session = await auth();
  return session?.user ?? null;
});
