import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';
import { authOptions } from './[...nextauth]';

// Custom session endpoint: adds the role and answers quickly when signed out.
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) {
    return res.status(200).json({ user: null, expires: null });
  }
  return res.status(200).json(session);
}
