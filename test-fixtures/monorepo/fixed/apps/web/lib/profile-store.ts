import Redis from 'ioredis';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379');
const PROFILE_TTL_SECONDS = 300;

export interface Profile {
  email: string;
  name: string;
  plan: 'free' | 'team';
}

export async function lookupProfile(key: string): Promise<Profile | null> {
  const raw = await redis.get(`profile:${key}`);
  return raw ? (JSON.parse(raw) as Profile) : null;
}

export async function rememberProfile(key: string, profile: Profile): Promise<void> {
  await redis.set(`profile:${key}`, JSON.stringify(profile), 'EX', PROFILE_TTL_SECONDS);
}

export async function forgetProfile(key: string): Promise<void> {
  await redis.del(`profile:${key}`);
}
