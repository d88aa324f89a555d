import { headers } from 'next/headers';
import { NextResponse } from 'next/server';
import { auth } from '@/lib/auth';
import { redis } from '@/lib/redis';

// Deletes the signed-in user's account data.
export async function DELETE() {
  const requestHeaders = await headers();
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });

  await redis.del(`projects:${session.user.id}`);
  await auth.api.deleteUser({ headers: requestHeaders, body: {} });
  return new NextResponse(null, { status: 204 });
}
