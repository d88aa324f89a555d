import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';

// Linked from the account menu: <Link href="/api/logout">.
export async function GET() {
  const jar = await cookies();
  jar.delete('authjs.session-token');
  jar.delete('__Secure-authjs.session-token');
  redirect('/');
}
