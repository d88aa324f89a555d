import { NextResponse } from 'next/server';
import { auth } from '@/auth';
import { redis } from '@/lib/redis';

const NO_STORE = { 'Cache-Control': 'private, no-store' };

export async function GET() {
  const session = await auth();
  if (!session?.user?.email) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401, headers: NO_STORE });
  }

  const key = `me:${session.user.email}`;
  const cached = await redis.get(key);
  if (cached) return NextResponse.json(cached, { headers: NO_STORE });

  await redis.set(key, session.user, { ex: 300 });
  return NextResponse.json(session.user, { headers: NO_STORE });
}
