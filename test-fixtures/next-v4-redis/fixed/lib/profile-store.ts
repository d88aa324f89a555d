import { getServerSession, type Session } from 'next-auth';
import { cache } from 'react';
import { authOptions } from './auth';
import { redis } from './redis';

export interface Profile {
  name: string;
  plan: 'free' | 'pro';
}

/** Keyed by the verified email, and gone within the hour. */
export async function saveProfile(email: string, profile: Profile): Promise<void> {
  await redis.set(`profile:${email}`, JSON.stringify(profile), 'EX', 60 * 60);
}

export async function loadProfile(email: string): Promise<Profile | null> {
  const raw = await redis.get(`profile:${email}`);
  return raw ? (JSON.parse(raw) as Profile) : null;
}

/** React's cache() is per request: one session lookup per render, never shared between users. */
export const currentSession = cache(async (): Promise<Session | null> => getServerSession(authOptions));

export const getViewer = cache(async () => (await currentSession())?.user ?? null);
