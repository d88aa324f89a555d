'use server';

import { signOut } from '@/auth';

/** Signs out with a POST (a form action), so link prefetching cannot log anyone out. */
export async function signOutEverywhere() {
  await signOut({ redirectTo: '/' });
}
