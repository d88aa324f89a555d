import { NextResponse } from 'next/server';
import { auth } from '@/auth';

// Adds the admin's permissions to the session the console polls.
export async function GET() {
  const session = await auth();
  return NextResponse.json(session ? { ...session, permissions: ['audit:read'] } : null);
}
