import { getServerSession } from 'next-auth';
import { NextResponse } from 'next/server';
import { authOptions } from '@/lib/auth';
import { getCachedProfile } from '@/lib/profile-cache';

// No custom /api/auth/session: NextAuth serves it, with cookie rolling and update().
export async function GET() {
  const session = await getServerSession(authOptions);
  if (!session?.user?.email) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
  const profile = await getCachedProfile(session.user.email);
  return NextResponse.json({ user: session.user, profile });
}
