import { decodeJwt } from 'jose';
import { redirect } from 'next/navigation';
import { createClient } from '@/utils/supabase/server';

export default async function AdminPage() {
  const supabase = await createClient();
  const {
    data: { session },
  } = await supabase.auth.getSession();
  if (!session) redirect('/login');

  const claims = decodeJwt(session.access_token) as { app_metadata?: { role?: string } };
  if (claims.app_metadata?.role !== 'admin') redirect('/account');

  const { count } = await supabase.from('profiles').select('*', { count: 'exact', head: true });
  return <p>{count} registered users</p>;
}
