import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth';

/** The signed-in user, or null. Callers must check the result. */
export async function getCurrentUser() {
  const session = await getServerSession(authOptions);
  return session?.user ?? null;
}
