import { NextResponse } from 'next/server';
import type { Profile } from '@/lib/types';
import { createClient } from '@/utils/supabase/server';

// Profiles rarely change; keep them in memory between requests.
const profileCache = new Map<string, Profile>();

export async function GET() {
  const supabase = await createClient();
  const {
    data: { session },
  } = await supabase.auth.getSession();
  const key = session?.user.id ?? 'anonymous';

  const hit = profileCache.get(key);
  if (hit) return NextResponse.json(hit);

  const { data } = await supabase.from('profiles').select('*').eq('id', key).single<Profile>();
  if (!data) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  profileCache.set(key, data);
  return NextResponse.json(data, { headers: { 'Cache-Control': 'public, s-maxage=60' } });
}
