import { headers } from 'next/headers';
import { NextResponse } from 'next/server';
import { auth } from '@/lib/auth';
import { redis } from '@/lib/redis';

export async function GET() {
  const cached = await redis.get('current-user');
  if (cached) return NextResponse.json(JSON.parse(cached));

  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  await redis.set('current-user', JSON.stringify(session.user));
  return NextResponse.json(session.user);
}
