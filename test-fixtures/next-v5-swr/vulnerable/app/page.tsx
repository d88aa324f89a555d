import Link from 'next/link';
import { auth } from '@/auth';

export default async function Home() {
  const session = await auth();
  return (
    <main>
      <h1>Acme</h1>
      {session?.user ? <Link href="/dashboard">Open dashboard</Link> : <Link href="/api/auth/signin">Sign in</Link>}
    </main>
  );
}
