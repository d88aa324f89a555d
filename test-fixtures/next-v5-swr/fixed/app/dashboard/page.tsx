import { redirect } from 'next/navigation';
import { AccountMenu } from '@/components/account-menu';
import { Projects } from '@/components/projects';
import { SessionKeepAlive } from '@/components/session-keep-alive';
import { getCurrentUser } from '@/lib/current-user';

export default async function Dashboard() {
  const user = await getCurrentUser();
  if (!user) redirect('/api/auth/signin');
  return (
    <main>
      <AccountMenu />
      <SessionKeepAlive />
      <Projects />
    </main>
  );
}
