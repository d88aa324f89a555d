import type { Session } from 'next-auth';
import { redis } from './redis';

const key = (sessionToken: string) => `session:${sessionToken}`;

export async function getCachedSession(sessionToken: string): Promise<Session | null> {
  const raw = await redis.get(key(sessionToken));
  return raw ? (JSON.parse(raw) as Session) : null;
}

export async function setCachedSession(sessionToken: string, session: Session): Promise<void> {
  await redis.set(key(sessionToken), JSON.stringify(session), 'EX', 60);
}
