import path from 'node:path';

export type FileKind =
  /** `app/**\/route.ts`: exports GET, POST, … */
  | 'app-route'
  /** `app/**\/page.tsx`, `layout.tsx`, …: server components unless 'use client'. */
  | 'app-component'
  /** `pages/api/**`: a default-exported (req, res) handler. */
  | 'pages-api'
  | 'pages-page'
  /** `middleware.ts` or Next 16's `proxy.ts` at the project root or in src/. */
  | 'middleware'
  | 'next-config'
  | 'other';

export interface FileInfo {
  readonly kind: FileKind;
  /** The URL path the file serves (`/api/auth/session`), for routes; null otherwise. */
  readonly routePath: string | null;
  /** Path segments relative to the project root, with a leading `src` removed. */
  readonly segments: readonly string[];
}

const SCRIPT = /\.(?:[cm]?[jt]sx?)$/;
const APP_COMPONENT = /^(?:page|layout|template|loading|error|not-found|default|global-error)$/;

/** Classifies a file by whole path segments relative to the project root, never by substring. */
export function classifyFile(filename: string, root: string): FileInfo {
  const relative = path.relative(root, filename).split(path.sep);
  if (relative[0] === '..' || !SCRIPT.test(filename)) return { kind: 'other', routePath: null, segments: relative };
  const segments = relative[0] === 'src' ? relative.slice(1) : relative;
  const base = segments.at(-1)!.replace(SCRIPT, '');
  const dirs = segments.slice(0, -1);

  if (segments.length === 1 && (base === 'middleware' || base === 'proxy')) return { kind: 'middleware', routePath: null, segments };
  if (relative.length === 1 && base === 'next.config') return { kind: 'next-config', routePath: null, segments };

  if (dirs[0] === 'app') {
    const routePath = toRoutePath(dirs.slice(1));
    if (base === 'route') return { kind: 'app-route', routePath, segments };
    if (APP_COMPONENT.test(base)) return { kind: 'app-component', routePath, segments };
  }
  if (dirs[0] === 'pages') {
    const routeSegments = [...dirs.slice(1), ...(base === 'index' ? [] : [base])];
    const routePath = toRoutePath(routeSegments);
    if (dirs[1] === 'api') return { kind: 'pages-api', routePath, segments };
    if (!base.startsWith('_')) return { kind: 'pages-page', routePath, segments };
  }
  return { kind: 'other', routePath: null, segments };
}

/** Route groups `(marketing)` and parallel slots `@modal` do not appear in the URL. */
function toRoutePath(dirs: readonly string[]): string {
  const visible = dirs.filter(dir => !/^\(.*\)$/.test(dir) && !dir.startsWith('@'));
  return `/${visible.join('/')}`;
}

/** The endpoint name under the auth base path a route serves: `/api/auth/session` → `session`. */
export function authEndpoint(routePath: string | null, basePath: string): string | null {
  if (routePath === null) return null;
  const prefix = basePath === '/' ? '/' : `${basePath}/`;
  if (!routePath.startsWith(prefix)) return null;
  return routePath.slice(prefix.length).split('/')[0] ?? null;
}

const TEST_DIR = /^(?:__tests__|__mocks__|tests?|e2e|cypress|playwright)$/;
const TEST_FILE = /\.(?:test|spec|stories|story)\.[cm]?[jt]sx?$/;

/** Tests, mocks, stories and end-to-end suites: code that never serves a request in production. */
export function isTestFile(info: FileInfo): boolean {
  return TEST_FILE.test(info.segments.at(-1) ?? '') || info.segments.slice(0, -1).some(segment => TEST_DIR.test(segment));
}
