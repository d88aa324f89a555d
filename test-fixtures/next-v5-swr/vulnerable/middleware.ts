import { NextResponse, type NextRequest } from 'next/server';
import { rateLimit } from '@/lib/rate-limit';

export async function middleware(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname.startsWith('/api/auth')) {
    const ip = request.headers.get('x-forwarded-for') ?? 'unknown';
    const { success } = await rateLimit(ip);
    if (!success) return new NextResponse('Too many requests', { status: 429 });
  }
  return NextResponse.next();
}

export const config = { matcher: ['/api/:path*'] };
