export interface AuditEntry {
  at: string;
  actor: string;
  action: string;
}

// Recent entries, refreshed by the ingest worker.
export const auditCache = new Map<string, AuditEntry[]>();

export async function loadAuditLog(): Promise<AuditEntry[]> {
  return [{ at: new Date().toISOString(), actor: 'system', action: 'boot' }];
}
