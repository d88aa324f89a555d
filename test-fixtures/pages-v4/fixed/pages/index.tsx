import Link from 'next/link';
import { useSession } from 'next-auth/react';

export default function Home() {
  const { status } = useSession();
  return (
    <main>
      <h1>Acme Notes</h1>
      {status === 'authenticated' ? <Link href="/dashboard">Your notes</Link> : <Link href="/login">Sign in</Link>}
    </main>
  );
}
