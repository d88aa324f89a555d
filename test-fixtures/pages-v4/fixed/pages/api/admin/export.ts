import type { NextApiRequest, NextApiResponse } from 'next';
import { getToken } from 'next-auth/jwt';

// Exports the user table for the admin dashboard.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  // Without `raw`, getToken decrypts and checks the session token.
  const token = await getToken({ req });
  if (token?.role !== 'admin') return res.status(403).json({ error: 'Forbidden' });
  return res.status(200).json({ users: [] });
}
