import { auth } from '@/auth';

// Avoid calling auth() on every render of the dashboard.
const userCache = new Map<string, { name?: string | null; email?: string | null }>();

export async function getCurrentUser() {
  const cached = userCache.get('current-user');
  if (cached) return cached;
  const session = await auth();
  const user = session?.user ?? null;
  if (user) userCache.set('current-user', user);
  return user;
}
