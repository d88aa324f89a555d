import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/session';

export default async function Dashboard() {
  const user = await getCurrentUser();
  if (!user) redirect('/api/auth/signin');
  return <h1>Welcome back, {user.name}</h1>;
}
