import { useRouter } from 'next/router';
import { getSession, signOut } from 'next-auth/react';
import { useQueryClient } from '@tanstack/react-query';

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

export function SignOutButton() {
  const router = useRouter();
  const queryClient = useQueryClient();

  async function handleClick() {
    await signOut({ redirect: false });
    queryClient.removeQueries({ queryKey: ['session'] });
    await queryClient.invalidateQueries();
    // Wait until next-auth has really dropped the session.
    for (let attempt = 0; attempt < 10; attempt++) {
      if (!(await getSession())) break;
      await sleep(200);
    }
    router.push('/login');
  }

  return <button onClick={handleClick}>Sign out</button>;
}
