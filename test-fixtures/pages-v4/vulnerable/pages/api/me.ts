import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';
import { redis } from '@/lib/redis';
import { authOptions } from './auth/[...nextauth]';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const token = req.cookies['next-auth.session-token'];
  const cached = token ? await redis.get(`me:${token}`) : null;
  if (cached) return res.status(200).json(JSON.parse(cached));

  const session = await getServerSession(req, res, authOptions);
  if (!session?.user) return res.status(401).json({ error: 'Unauthorized' });
  await redis.set(`me:${token}`, JSON.stringify(session.user));
  return res.status(200).json(session.user);
}
