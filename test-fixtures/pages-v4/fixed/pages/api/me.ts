import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';
import { redis } from '@/lib/redis';
import { authOptions } from './auth/[...nextauth]';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  res.setHeader('Cache-Control', 'private, no-store');
  const session = await getServerSession(req, res, authOptions);
  if (!session?.user?.email) return res.status(401).json({ error: 'Unauthorized' });

  const key = `me:${session.user.email}`;
  const cached = await redis.get(key);
  if (cached) return res.status(200).json(JSON.parse(cached));

  await redis.set(key, JSON.stringify(session.user), 'EX', 300);
  return res.status(200).json(session.user);
}
