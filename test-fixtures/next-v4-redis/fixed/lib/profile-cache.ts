import { redis } from './redis';

export interface Profile {
  name: string;
  plan: 'free' | 'pro';
}

/** Profiles are cached per verified user id, never per cookie value. */
export async function getCachedProfile(userId: string): Promise<Profile | null> {
  const raw = await redis.get(`profile:${userId}`);
  return raw ? (JSON.parse(raw) as Profile) : null;
}
