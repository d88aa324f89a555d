import { getSessionCookie } from 'better-auth/cookies';
import { NextResponse, type NextRequest } from 'next/server';

// An optimistic redirect only: pages and route handlers still verify the session.
export function middleware(request: NextRequest) {
  if (!getSessionCookie(request)) return NextResponse.redirect(new URL('/sign-in', request.url));
  return NextResponse.next();
}

export const config = { matcher: ['/dashboard/:path*'] };
