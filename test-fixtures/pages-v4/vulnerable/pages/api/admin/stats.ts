import type { NextApiRequest, NextApiResponse } from 'next';
import jwt from 'jsonwebtoken';

// Called by the internal dashboard with `Authorization: Bearer <token>`.
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const token = req.headers.authorization?.replace(/^Bearer /, '') ?? '';
  const claims = jwt.decode(token) as { role?: string } | null;
  if (claims?.role !== 'admin') return res.status(403).json({ error: 'Forbidden' });
  return res.status(200).json({ users: 2, activeSessions: 1 });
}
