import { useQuery } from '@tanstack/react-query';
import { useSession } from 'next-auth/react';
import { SignOutButton } from '@/components/SignOutButton';

interface Note {
  id: string;
  title: string;
}

export default function Dashboard() {
  const { data: session } = useSession({ required: true });
  const notes = useQuery({
    queryKey: ['notes'],
    queryFn: async (): Promise<Note[]> => (await fetch('/api/notes')).json(),
  });
  return (
    <main>
      <header>
        {session?.user?.name} <SignOutButton />
      </header>
      <ul>{notes.data?.map(note => <li key={note.id}>{note.title}</li>)}</ul>
    </main>
  );
}
