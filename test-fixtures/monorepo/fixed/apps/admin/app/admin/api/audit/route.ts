import { NextResponse } from 'next/server';
import { auditCache, loadAuditLog } from '@/lib/audit-log';
import { requireAdmin } from '@/lib/guards';

export async function GET() {
  // requireAdmin() redirects unless an admin is signed in (declared in package.json "auth-hygiene").
  await requireAdmin();
  const cached = auditCache.get('recent');
  if (cached) return NextResponse.json(cached);

  const entries = await loadAuditLog();
  auditCache.set('recent', entries);
  return NextResponse.json(entries);
}
