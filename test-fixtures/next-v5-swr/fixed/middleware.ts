import { NextResponse, type NextRequest } from 'next/server';
import { rateLimit } from '@/lib/rate-limit';

// Only credential sign-ins are limited: the session, csrf and providers
// endpoints are polled by every open tab and must never be throttled.
export async function middleware(request: NextRequest) {
  if (request.method === 'POST' && request.nextUrl.pathname === '/api/auth/callback/credentials') {
    const ip = request.headers.get('x-forwarded-for') ?? 'unknown';
    const { success } = await rateLimit(`sign-in:${ip}`);
    if (!success) return new NextResponse('Too many requests', { status: 429 });
  }
  return NextResponse.next();
}

export const config = { matcher: ['/api/auth/callback/:path*'] };
