import { NextResponse } from 'next/server';
import { lookupProfile, rememberProfile } from '@/lib/profile-store';
import { getCurrentUser } from '@/lib/session';

export async function GET() {
  const user = await getCurrentUser();
  if (!user?.email) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });

  const cached = await lookupProfile(user.email);
  if (cached) return NextResponse.json(cached);

  const profile = { email: user.email, name: user.name ?? user.email, plan: 'free' as const };
  await rememberProfile(user.email, profile);
  return NextResponse.json(profile);
}
