import NextAuth, { type NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { redis } from '@/lib/redis';
import { findUser, verifyCredentials } from '@/lib/users';

const SESSION_CACHE_TTL_SECONDS = 30 * 24 * 60 * 60;
const sessionKey = (userId: string | undefined) => `session:${userId}`;

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: 'jwt' },
  providers: [
    CredentialsProvider({
      name: 'Email',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials) {
        if (!credentials) return null;
        const user = await verifyCredentials(credentials.email, credentials.password);
        return user ? { id: user.id, email: user.email, name: user.name } : null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token }) {
      const user = token.sub ? await findUser(token.sub) : null;
      // Throwing makes next-auth clear the session cookies; returning {} would not.
      if (!user || (token.iat as number) * 1000 < user.passwordChangedAt) throw new Error('Session revoked');
      return { ...token, role: user.role };
    },
    async session({ session, token }) {
      await redis.set(sessionKey(token.sub), JSON.stringify(session), 'EX', SESSION_CACHE_TTL_SECONDS);
      return session;
    },
  },
  events: {
    // JWT strategy: sign-out receives { token } only.
    async signOut({ token }) {
      await redis.del(sessionKey(token.sub));
    },
  },
};

export default NextAuth(authOptions);
