import { getServerSession } from 'next-auth';
import { type NextRequest, NextResponse } from 'next/server';
import { authOptions } from '@/lib/auth';
import { getCachedSession } from '@/lib/session-cache';

// The incident report's "Solution 1": check the cookie first, verify on every cache hit.
export async function GET(request: NextRequest) {
  const sessionToken = request.cookies.get('next-auth.session-token')?.value;

  if (!sessionToken) {
    // No cookie means logged out.
    return NextResponse.json({ user: null, expires: null });
  }

  const cached = await getCachedSession(sessionToken);
  const session = await getServerSession(authOptions);
  if (!session?.user) {
    // Cookie was cleared but cache exists.
    return NextResponse.json({ user: null, expires: null });
  }

  if (cached && session?.user) {
    return NextResponse.json(cached);
  }

  return NextResponse.json(session);
}
