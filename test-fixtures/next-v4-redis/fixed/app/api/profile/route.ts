import { getServerSession } from 'next-auth';
import { NextResponse } from 'next/server';
import { authOptions } from '@/lib/auth';
import { loadProfile } from '@/lib/profile-store';

export async function GET() {
  const session = await getServerSession(authOptions);
  if (!session?.user?.email) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
  const profile = await loadProfile(session.user.email);
  // Per-user data: neither the browser nor a CDN may store it.
  return NextResponse.json(profile, { headers: { 'Cache-Control': 'private, no-store' } });
}
