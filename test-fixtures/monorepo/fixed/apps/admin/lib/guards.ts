import { redirect } from 'next/navigation';
import { auth } from '@/auth';

const ADMINS = new Set((process.env.ADMIN_EMAILS ?? '').split(','));

/** Redirects to the login page unless an admin is signed in; returns that admin. */
export async function requireAdmin() {
  const session = await auth();
  if (!session?.user?.email || !ADMINS.has(session.user.email)) redirect('/admin/login');
  return session.user;
}
