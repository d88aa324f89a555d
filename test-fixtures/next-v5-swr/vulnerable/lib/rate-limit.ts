import { redis } from '@/lib/redis';

const WINDOW_SECONDS = 60;
const MAX_REQUESTS = 10;

/** Fixed-window limiter: at most MAX_REQUESTS per key per minute. */
export async function rateLimit(key: string): Promise<{ success: boolean }> {
  const bucket = `ratelimit:${key}:${Math.floor(Date.now() / 1000 / WINDOW_SECONDS)}`;
  const count = await redis.incr(bucket);
  if (count === 1) await redis.expire(bucket, WINDOW_SECONDS);
  return { success: count <= MAX_REQUESTS };
}
