import NextAuth, { type NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { redis } from '@/lib/redis';
import { findUser, verifyCredentials } from '@/lib/users';

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET ?? 'insecure-dev-secret',
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
      // Log the user out everywhere after a password change.
      if (!user || (token.iat as number) * 1000 < user.passwordChangedAt) return {};
      return { ...token, role: user.role };
    },
    async session({ session, token }) {
      await redis.set(`session:${token.sub}`, JSON.stringify(session));
      return session;
    },
  },
  events: {
    async signOut({ session }) {
      console.info('signed out', session.user?.email);
    },
  },
};

export default NextAuth(authOptions);
