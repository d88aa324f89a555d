import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { readProfileCache, writeProfileCache } from '@/lib/profile-cache';
import { getCurrentUser } from '@/lib/session';

export async function GET() {
  const visitor = (await cookies()).get('visitor-id')?.value ?? 'anonymous';
  const cached = await readProfileCache(visitor);
  if (cached) return NextResponse.json(cached);

  const user = await getCurrentUser();
  if (!user?.email) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const profile = { email: user.email, name: user.name ?? user.email, plan: 'free' as const };
  await writeProfileCache(visitor, profile);
  return NextResponse.json(profile);
}
