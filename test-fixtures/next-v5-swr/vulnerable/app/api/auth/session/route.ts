import { NextResponse } from 'next/server';
import { auth } from '@/auth';

// Our own session endpoint, so the response shape is under our control.
export async function GET() {
  const session = await auth();
  if (!session?.user) {
    return NextResponse.json({});
  }
  return NextResponse.json(session);
}
