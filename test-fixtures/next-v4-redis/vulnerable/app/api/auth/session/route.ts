import { getServerSession } from 'next-auth';
import { type NextRequest, NextResponse } from 'next/server';
import { authOptions } from '@/lib/auth';
import { getCachedSession, setCachedSession } from '@/lib/session-cache';

// Answers useSession() from Redis to spare a JWT decode on every poll.
export async function GET(request: NextRequest) {
  const sessionToken = request.cookies.get('next-auth.session-token')?.value;

  if (sessionToken) {
    const cached = await getCachedSession(sessionToken);
    if (cached) {
      return NextResponse.json(cached);
    }
  }

  const session = await getServerSession(authOptions);
  if (!session) {
    return NextResponse.json({ user: null, expires: null });
  }
  if (sessionToken) await setCachedSession(sessionToken, session);
  return NextResponse.json(session);
}
