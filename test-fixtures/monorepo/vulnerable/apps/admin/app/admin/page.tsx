import { AdminHeader } from '@/components/admin-header';
import { requireAdmin } from '@/lib/guards';

export default async function AdminHome() {
  const admin = await requireAdmin();
  return (
    <main>
      <AdminHeader />
      <h1>Signed in as {admin.email}</h1>
    </main>
  );
}
