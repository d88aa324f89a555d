'use client';

import { useRouter } from 'next/navigation';
import useSWR from 'swr';
import { useLogout } from '@/hooks/use-logout';

export function AdminHeader() {
  const router = useRouter();
  const logout = useLogout();
  const { data: audit } = useSWR<unknown[]>('/admin/api/audit');

  async function onLogout() {
    await logout();
    router.push('/admin/login');
  }

  return (
    <header>
      <span>{audit?.length ?? 0} audit entries</span>
      <button onClick={onLogout}>Log out</button>
    </header>
  );
}
