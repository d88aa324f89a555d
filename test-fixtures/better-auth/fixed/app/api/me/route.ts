import { headers } from 'next/headers';
import { NextResponse } from 'next/server';
import { auth } from '@/lib/auth';
import { redis } from '@/lib/redis';

const NO_STORE = { 'Cache-Control': 'private, no-store' };

export async function GET() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401, headers: NO_STORE });

  const key = `user:${session.user.id}`;
  const cached = await redis.get(key);
  if (cached) return NextResponse.json(JSON.parse(cached), { headers: NO_STORE });

  await redis.set(key, JSON.stringify(session.user), 'EX', 300);
  return NextResponse.json(session.user, { headers: NO_STORE });
}
