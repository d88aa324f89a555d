import type { NextApiRequest, NextApiResponse } from 'next';
import { getToken } from 'next-auth/jwt';

// Exports the user table for the admin dashboard.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  // `raw: true` returns the cookie string as sent: any cookie with this name passes.
  const token = await getToken({ req, raw: true });
  if (!token) return res.status(401).json({ error: 'Unauthorized' });
  return res.status(200).json({ users: [] });
}
