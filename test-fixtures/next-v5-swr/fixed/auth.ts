import NextAuth from 'next-auth';
import GitHub from 'next-auth/providers/github';
import { redis } from '@/lib/redis';

const SESSION_CACHE_TTL_SECONDS = 5 * 60;

export const { handlers, auth, signIn, signOut } = NextAuth({
  providers: [GitHub],
  secret: process.env.AUTH_SECRET,
  session: { strategy: 'jwt' },
  callbacks: {
    async session({ session, token }) {
      if (token.sub) await redis.set(`session:${token.sub}`, session, { ex: SESSION_CACHE_TTL_SECONDS });
      return session;
    },
  },
  events: {
    // JWT strategy: sign-out receives { token }, never { session }.
    async signOut(message) {
      if ('token' in message && message.token?.sub) await redis.del(`session:${message.token.sub}`);
    },
  },
});
