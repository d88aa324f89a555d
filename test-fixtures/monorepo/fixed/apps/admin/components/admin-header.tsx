'use client';

import { useRouter } from 'next/navigation';
import useSWR, { useSWRConfig } from 'swr';
import { useLogout } from '@/hooks/use-logout';

export function AdminHeader() {
  const router = useRouter();
  const logout = useLogout();
  const { mutate } = useSWRConfig();
  const { data: audit } = useSWR<unknown[]>('/admin/api/audit');

  async function onLogout() {
    await logout();
    // The audit log must not stay in memory for whoever uses this browser next.
    await mutate(() => true, undefined, { revalidate: false });
    router.push('/admin/login');
  }

  return (
    <header>
      <span>{audit?.length ?? 0} audit entries</span>
      <button onClick={onLogout}>Log out</button>
    </header>
  );
}
