/**
 * Single files of realistic handler shapes at a given size, for the scaling
 * check: a `'use server'` module whose every exported async function is a
 * server action, so each one is a handler the rules analyse.
 */
const SHAPES: ((n: number) => string[])[] = [
  n => [
    `export async function loadProfile${n}(id: string) {`,
    '  const session = await getServerSession(authOptions);',
    "  if (!session?.user) throw new Error('Unauthorized');",
    '  const profile = await redis.get(`profile:${session.user.id}`);',
    '  return { id, profile };',
    '}',
  ],
  n => [
    `export async function cachedSession${n}() {`,
    '  const sid = (await cookies()).get("sid")?.value;',
    '  const cached = await redis.get(`session:${sid}`);',
    '  if (cached) return cached;',
    '  const session = await getServerSession(authOptions);',
    '  return session;',
    '}',
  ],
  n => [
    `export async function listItems${n}(ids: string[]) {`,
    '  await requireUser();',
    '  const items = [];',
    '  for (const id of ids) {',
    '    try {',
    '      items.push(await redis.get(`item:${id}`));',
    '    } catch (error) {',
    "      console.error('cache miss', error);",
    '    }',
    '  }',
    '  return items.filter(Boolean);',
    '}',
  ],
  n => [
    `function formatUser${n}(user: { name?: string | null; email?: string | null }) {`,
    "  return user.name ?? user.email ?? 'anonymous';",
    '}',
  ],
  n => [
    `export async function signOutEverywhere${n}() {`,
    '  const session = await getServerSession(authOptions);',
    '  if (!session) return { ok: false };',
    '  switch (session.user?.role) {',
    "    case 'admin':",
    '      await redis.del(`session:${session.user.id}`);',
    '      break;',
    '    default:',
    '      await redis.del(`user:${session.user?.id}`);',
    '  }',
    '  return { ok: true, name: formatUser3(session.user ?? {}) };',
    '}',
  ],
];

const HEADER = [
  "'use server';",
  "import { getServerSession } from 'next-auth';",
  "import { cookies } from 'next/headers';",
  "import { redis } from '@/lib/redis';",
  "import { authOptions } from '@/lib/auth';",
  "import { requireUser } from '@/lib/session';",
  '',
];

export function generateActions(targetLines: number): string {
  const lines = [...HEADER];
  for (let n = 0; lines.length < targetLines; n++) lines.push(...SHAPES[n % SHAPES.length]!(n), '');
  return `${lines.join('\n')}\n`;
}
