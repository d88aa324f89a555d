'use client';

import { useQuery } from '@tanstack/react-query';
import { SignOutButton } from '@/components/sign-out-button';
import type { Profile } from '@/lib/types';
import { updateDisplayName } from './actions';

export default function AccountPage() {
  const profile = useQuery({
    queryKey: ['profile'],
    queryFn: async (): Promise<Profile> => (await fetch('/api/profile')).json(),
  });
  return (
    <main>
      <h1>{profile.data?.display_name ?? 'Your account'}</h1>
      <form action={updateDisplayName}>
        <input name="displayName" defaultValue={profile.data?.display_name} />
        <button type="submit">Save</button>
      </form>
      <SignOutButton />
    </main>
  );
}
