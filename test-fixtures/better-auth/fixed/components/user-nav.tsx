'use client';

import { useRouter } from 'next/navigation';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { authClient } from '@/lib/auth-client';

export function UserNav({ name }: { name: string }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const projects = useQuery({
    queryKey: ['projects'],
    queryFn: async (): Promise<{ id: string; name: string }[]> => (await fetch('/api/projects')).json(),
  });

  async function handleSignOut() {
    await authClient.signOut();
    // invalidateQueries() would keep the old data on screen while refetching; clear() drops it.
    queryClient.clear();
    router.push('/sign-in');
  }

  return (
    <nav>
      <span>
        {name} · {projects.data?.length ?? 0} projects
      </span>
      <button onClick={handleSignOut}>Sign out</button>
    </nav>
  );
}
