'use client';

import { useRouter } from 'next/navigation';
import { useQueryClient } from '@tanstack/react-query';
import { createClient } from '@/utils/supabase/client';

export function SignOutButton() {
  const router = useRouter();
  const queryClient = useQueryClient();

  async function handleSignOut() {
    await createClient().auth.signOut();
    // Every cached query belonged to the user who just left.
    queryClient.clear();
    router.push('/login');
  }

  return <button onClick={handleSignOut}>Sign out</button>;
}
