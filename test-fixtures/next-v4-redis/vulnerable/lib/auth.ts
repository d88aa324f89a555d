import type { NextAuthOptions } from 'next-auth';
import GitHubProvider from 'next-auth/providers/github';
import { redis } from './redis';

export const authOptions: NextAuthOptions = {
  providers: [
    GitHubProvider({
      clientId: process.env.GITHUB_ID ?? '',
      clientSecret: process.env.GITHUB_SECRET ?? '',
    }),
  ],
  session: { strategy: 'jwt', maxAge: 60 * 60 * 24 * 7 },
  callbacks: {
    // Keep the session a minute in Redis for the dashboard widgets that read it.
    async session({ session, token }) {
      await redis.set(`session:${token.sub}`, JSON.stringify(session), 'EX', 60);
      return session;
    },
  },
};
