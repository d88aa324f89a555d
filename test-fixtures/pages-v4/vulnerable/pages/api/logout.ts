import type { NextApiRequest, NextApiResponse } from 'next';

// Linked from emails: /api/logout signs the user out and goes home.
export default function handler(_req: NextApiRequest, res: NextApiResponse) {
  res.setHeader('Set-Cookie', [
    'next-auth.session-token=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax',
    'next-auth.csrf-token=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax',
  ]);
  res.redirect(302, '/');
}
