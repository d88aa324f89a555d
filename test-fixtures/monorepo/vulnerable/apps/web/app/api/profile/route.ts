import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { lookupProfile, rememberProfile } from '@/lib/profile-store';
import { getCurrentUser } from '@/lib/session';

export async function GET() {
  const visitor = (await cookies()).get('visitor-id')?.value ?? 'anonymous';
  const cached = await lookupProfile(visitor);
  if (cached) return NextResponse.json(cached);

  const user = await getCurrentUser();
  if (!user?.email) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  const profile = { email: user.email, name: user.name ?? user.email, plan: 'free' as const };
  await rememberProfile(visitor, profile);
  return NextResponse.json(profile);
}
