import { getServerSession, type Session } from 'next-auth';
import { unstable_cache } from 'next/cache';
import { authOptions } from './auth';
import { redis } from './redis';

export interface Profile {
  name: string;
  plan: 'free' | 'pro';
}

/** Written without an expiry: the profile outlives the session that loaded it. */
export async function saveProfile(email: string, profile: Profile): Promise<void> {
  await redis.set(`profile:${email}`, JSON.stringify(profile));
}

export async function loadProfile(email: string): Promise<Profile | null> {
  const raw = await redis.get(`profile:${email}`);
  return raw ? (JSON.parse(raw) as Profile) : null;
}

/** Cached for the whole server: every visitor gets the first visitor's user. */
export const getViewer = unstable_cache(async () => {
  const session = await getServerSession(authOptions);
  return session?.user ?? null;
}, ['viewer']);

let lastSession: Session | null = null;

/** A module-level "cache" shared by every request this process serves. */
export async function currentSession(): Promise<Session | null> {
  lastSession ??= await getServerSession(authOptions);
  return lastSession;
}
