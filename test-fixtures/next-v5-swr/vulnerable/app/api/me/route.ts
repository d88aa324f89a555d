import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { auth } from '@/auth';
import { redis } from '@/lib/redis';

export async function GET() {
  const token = (await cookies()).get('authjs.session-token')?.value;
  if (token) {
    const cached = await redis.get(`me:${token}`);
    if (cached) {
      return NextResponse.json(cached, { headers: { 'Cache-Control': 'public, max-age=60' } });
    }
  }

  const session = await auth();
  if (!session?.user) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }
  if (token) await redis.set(`me:${token}`, session.user);
  return NextResponse.json(session.user, { headers: { 'Cache-Control': 'public, max-age=60' } });
}
