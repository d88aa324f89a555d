import { betterAuth } from 'better-auth';
import { nextCookies } from 'better-auth/next-js';

export const auth = betterAuth({
  secret: process.env.BETTER_AUTH_SECRET || 'better-auth-local-secret',
  emailAndPassword: { enabled: true },
  session: {
    // Skip the session lookup for 5 minutes: the signed session_data cookie is trusted instead.
    cookieCache: { enabled: true, maxAge: 5 * 60 },
  },
  plugins: [nextCookies()],
});
