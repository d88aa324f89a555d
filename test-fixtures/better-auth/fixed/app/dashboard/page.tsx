import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { UserNav } from '@/components/user-nav';
import { auth } from '@/lib/auth';

export default async function Dashboard() {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) redirect('/sign-in');
  return (
    <main>
      <UserNav name={session.user.name} />
    </main>
  );
}
