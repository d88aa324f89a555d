import NextAuth from 'next-auth';
import GitHub from 'next-auth/providers/github';
import { redis } from '@/lib/redis';

export const { handlers, auth, signIn, signOut } = NextAuth({
  providers: [GitHub],
  secret: process.env.AUTH_SECRET || 'local-dev-secret-change-me',
  session: { strategy: 'jwt' },
  callbacks: {
    async session({ session, token }) {
      // Cache the session so /api/me can answer without decoding the JWT again.
      if (token.sub) await redis.set(`session:${token.sub}`, session);
      return session;
    },
  },
});
