import type { NextApiRequest, NextApiResponse } from 'next';
import jwt from 'jsonwebtoken';

const INTERNAL_JWT_KEY = process.env.INTERNAL_JWT_KEY;

// Called by the internal dashboard with `Authorization: Bearer <token>`.
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (!INTERNAL_JWT_KEY) return res.status(500).json({ error: 'INTERNAL_JWT_KEY is not set' });
  const token = req.headers.authorization?.replace(/^Bearer /, '') ?? '';
  let claims: jwt.JwtPayload | string;
  try {
    claims = jwt.verify(token, INTERNAL_JWT_KEY, { algorithms: ['HS256'] });
  } catch {
    return res.status(401).json({ error: 'Invalid token' });
  }
  if (typeof claims === 'string' || claims.role !== 'admin') return res.status(403).json({ error: 'Forbidden' });
  return res.status(200).json({ users: 2, activeSessions: 1 });
}
