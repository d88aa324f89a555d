import type { Cond, Stmt } from './program.js';

export const ORACLE_FILENAME = 'app/api/x/route.ts';

const HEADER = [
  "import { getServerSession } from 'next-auth';",
  "import { redirect } from 'next/navigation';",
  "import { NextResponse } from 'next/server';",
  "import { auth } from '@clerk/nextjs/server';",
  "import { redis } from '@/lib/redis';",
  "import { authOptions } from '@/lib/auth';",
  "import { requireUser } from '@/lib/session';",
  "import { audit } from '@/lib/audit';",
  '',
  'export async function GET(req: Request) {',
  "  const sid = req.headers.get('x-session-id');",
];

const UNAUTHORIZED = 'new Response(null, { status: 401 })';

export interface Rendered {
  readonly code: string;
  /** 1-based line of each cache read, by read id. */
  readonly readLines: ReadonlyMap<number, number>;
}

/** Prints a resolved program as a route handler, one statement per line where it can. */
export function render(program: readonly Stmt[]): Rendered {
  const lines = [...HEADER];
  const readLines = new Map<number, number>();
  let flags = 0;

  const cond = (test: Cond): string => {
    switch (test.kind) {
      case 'flag':
        return `req.headers.has('x-f${++flags}')`;
      case 'session':
        return test.form === 'user' ? `${test.name}?.user` : test.form === 'not-null' ? `${test.name} !== null` : test.name!;
      case 'not':
        return `!${atom(test.argument)}`;
      default:
        return `${atom(test.left)} ${test.kind === 'and' ? '&&' : '||'} ${atom(test.right)}`;
    }
  };
  const atom = (test: Cond): string =>
    test.kind === 'and' || test.kind === 'or' || (test.kind === 'session' && test.form === 'not-null') ? `(${cond(test)})` : cond(test);

  const block = (list: readonly Stmt[], depth: number): void => {
    for (const stmt of list) statement(stmt, depth);
  };

  const statement = (stmt: Stmt, depth: number): void => {
    const pad = '  '.repeat(depth);
    const emit = (line: string): number => lines.push(pad + line);
    switch (stmt.kind) {
      case 'verify': {
        if (stmt.check === 'inline-return') {
          emit(`if (!(await getServerSession(authOptions))) return ${UNAUTHORIZED};`);
          return;
        }
        const s = stmt.name!;
        if (stmt.check === 'nullish-redirect') {
          emit(`const ${s} = (await getServerSession(authOptions)) ?? redirect('/login');`);
          return;
        }
        emit(`const ${s} = await getServerSession(authOptions);`);
        if (stmt.check === 'return') emit(`if (!${s}) return ${UNAUTHORIZED};`);
        else if (stmt.check === 'throw') emit(`if (!${s}) throw new Error('Unauthorized');`);
        else if (stmt.check === 'redirect') emit(`if (!${s}) redirect('/login');`);
        else if (stmt.check === 'log-only') emit(`if (!${s}) console.warn('no session');`);
        else if (stmt.check === 'block-return') {
          emit(`if (!${s}?.user) {`);
          emit(`  console.warn('no session');`);
          emit(`  return ${UNAUTHORIZED};`);
          emit('}');
        }
        return;
      }
      case 'assert':
        emit(stmt.via === 'clerk' ? 'await auth.protect();' : 'await requireUser();');
        return;
      case 'read':
        readLines.set(stmt.id!, emit(`const ${stmt.name} = await redis.get(\`session:\${sid}\`);`));
        return;
      case 'respond': {
        const body = stmt.data ? stmt.data.name : '{ ok: true }';
        if (stmt.form === 'web') emit(`return Response.json(${body});`);
        else if (stmt.form === 'next') emit(`return NextResponse.json(${body});`);
        else if (stmt.form === 'new') emit(`return new Response(JSON.stringify(${body}));`);
        else if (stmt.form === 'assigned') {
          emit('{');
          emit(`  const response = Response.json(${body});`);
          emit('  return response;');
          emit('}');
        } else emit(`return ${cond(stmt.test ?? { kind: 'flag' })} ? Response.json(${body}) : ${UNAUTHORIZED};`);
        return;
      }
      case 'exit':
        emit(stmt.how === 'return' ? 'return new Response(null, { status: 204 });' : "throw new Error('Bad request');");
        return;
      case 'helper':
        emit('await audit(sid);');
        return;
      case 'break':
      case 'continue':
        emit(`${stmt.kind};`);
        return;
      case 'labeled':
        emit('found: {');
        block(stmt.body, depth + 1);
        emit('}');
        return;
      case 'break-label':
        emit('break found;');
        return;
      case 'if':
        emit(`if (${cond(stmt.test)}) {`);
        block(stmt.consequent, depth + 1);
        if (stmt.alternate) {
          emit('} else {');
          block(stmt.alternate, depth + 1);
        }
        emit('}');
        return;
      case 'try':
        emit('try {');
        block(stmt.block, depth + 1);
        if (stmt.handler) {
          emit('} catch (error) {');
          block(stmt.handler, depth + 1);
        }
        if (stmt.finalizer) {
          emit('} finally {');
          block(stmt.finalizer, depth + 1);
        }
        emit('}');
        return;
      case 'for-of':
        emit('for (const [header] of req.headers) {');
        block(stmt.body, depth + 1);
        emit('}');
        return;
      case 'while':
        emit(`while (${cond({ kind: 'flag' })}) {`);
        block(stmt.body, depth + 1);
        emit('}');
        return;
      case 'forever':
        emit('for (;;) {');
        block(stmt.body, depth + 1);
        emit('}');
        return;
      case 'do-while':
        emit('do {');
        block(stmt.body, depth + 1);
        emit(`} while (${cond({ kind: 'flag' })});`);
        return;
      case 'switch':
        emit("switch (req.headers.get('x-mode')) {");
        stmt.cases.forEach((body, index) => {
          const last = index === stmt.cases.length - 1;
          emit(last && stmt.hasDefault ? '  default: {' : `  case 'm${index}': {`);
          block(body, depth + 2);
          emit('  }');
        });
        emit('}');
        return;
    }
  };

  block(program, 1);
  lines.push('}', '');
  return { code: lines.join('\n'), readLines };
}
