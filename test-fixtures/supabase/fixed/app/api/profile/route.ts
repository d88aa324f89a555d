import { NextResponse } from 'next/server';
import type { Profile } from '@/lib/types';
import { createClient } from '@/utils/supabase/server';

const NO_STORE = { 'Cache-Control': 'private, no-store' };

export async function GET() {
  const supabase = await createClient();
  const {
    data: { user },
    error,
  } = await supabase.auth.getUser();
  if (error || !user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401, headers: NO_STORE });

  const { data } = await supabase.from('profiles').select('*').eq('id', user.id).single<Profile>();
  if (!data) return NextResponse.json({ error: 'Not found' }, { status: 404, headers: NO_STORE });
  return NextResponse.json(data, { headers: NO_STORE });
}
