import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { getCachedSession } from '@/lib/session-cache';

// The app's own logout: clears the cookie, and believes that clears the session.
export async function POST() {
  const store = await cookies();
  const sessionToken = store.get('next-auth.session-token')?.value;
  const session = sessionToken ? await getCachedSession(sessionToken) : null;
  console.info('signing out', session?.user?.email);
  store.delete('next-auth.session-token');
  return NextResponse.json({ ok: true });
}
