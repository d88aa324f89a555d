import { NextResponse } from 'next/server';
import { auditCache, loadAuditLog } from '@/lib/audit-log';
import { requireAdmin } from '@/lib/guards';

export async function GET() {
  const cached = auditCache.get('recent');
  if (cached) return NextResponse.json(cached);

  await requireAdmin();
  const entries = await loadAuditLog();
  auditCache.set('recent', entries);
  return NextResponse.json(entries);
}
