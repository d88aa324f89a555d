'use client';

import { useRouter } from 'next/navigation';
import { useQueryClient } from '@tanstack/react-query';
import { createClient } from '@/utils/supabase/client';

export function SignOutButton() {
  const router = useRouter();
  const queryClient = useQueryClient();

  async function handleSignOut() {
    await createClient().auth.signOut();
    await queryClient.resetQueries({ queryKey: ['profile'] });
    router.push('/login');
  }

  return <button onClick={handleSignOut}>Sign out</button>;
}
