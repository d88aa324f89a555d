import { redirect } from 'next/navigation';
import { createClient } from '@/utils/supabase/server';

export default async function AdminPage() {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) redirect('/login');
  if (user.app_metadata.role !== 'admin') redirect('/account');

  const { count } = await supabase.from('profiles').select('*', { count: 'exact', head: true });
  return <p>{count} registered users</p>;
}
