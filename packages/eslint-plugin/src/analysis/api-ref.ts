import path from 'node:path';
import { CALL, type Origin, terminalName } from './imports.js';
import type { ApiSpecifier } from './settings.js';

/** Matches an import source: a package name, a pattern, or a check against the linted file. */
export type SourceMatcher = string | RegExp | ((source: string, file: FileContext) => boolean);

/**
 * One way to reach a library function. `path` follows the import: property
 * names and `'()'` for a call or `new`. A leading `'*'` accepts any prefix,
 * which is how instance methods (`redis.get`) and factory results
 * (`createClient().auth.getUser`) are written.
 */
export interface ApiRef {
  /** Import sources; `'any'` also accepts locals and globals (shape-only match). */
  readonly from: readonly SourceMatcher[] | 'any';
  readonly path: readonly string[];
}

export interface FileContext {
  readonly filename: string;
  readonly root: string;
}

export const ANY = '*';

/**
 * A relative or aliased import of one of the app's own modules whose last
 * segment is `name` (`@/auth`, `../../auth`, `~/lib/auth/index`).
 */
export function appModule(name: string): RegExp {
  return new RegExp(String.raw`^(?:\.{1,2}/|[@~#]/)(?:[^?]*/)?${name}(?:/index)?(?:\.[cm]?[jt]sx?)?$`);
}

function sourceMatches(matcher: SourceMatcher, source: string, file: FileContext): boolean {
  if (typeof matcher === 'string') return matcher === source;
  if (matcher instanceof RegExp) return matcher.test(source);
  return matcher(source, file);
}

function pathMatches(pattern: readonly string[], actual: readonly string[], cjs: boolean): boolean {
  if (pattern[0] === ANY) {
    const tail = pattern.slice(1);
    return actual.length >= tail.length && tail.every((segment, i) => segment === actual[actual.length - tail.length + i]);
  }
  if (pattern.length === actual.length && pattern.every((segment, i) => segment === actual[i])) return true;
  // `require('m')` has no `default` segment: `const NextAuth = require('next-auth')`.
  return cjs && pattern[0] === 'default' && pathMatches(pattern.slice(1), actual, false);
}

export function matchesRef(origin: Origin | null, ref: ApiRef, file: FileContext): boolean {
  if (!origin) return false;
  if (ref.from === 'any') {
    const rooted = origin.root === null ? origin.path : [origin.root, ...origin.path];
    return pathMatches(ref.path, rooted, false) || pathMatches(ref.path, origin.path, origin.cjs);
  }
  if (origin.source === null) return false;
  return ref.from.some(m => sourceMatches(m, origin.source!, file)) && pathMatches(ref.path, origin.path, origin.cjs);
}

export function matchesAny(origin: Origin | null, refs: readonly ApiRef[], file: FileContext): boolean {
  return refs.some(ref => matchesRef(origin, ref, file));
}

const SCRIPT_EXT = /\.(?:[cm]?[jt]sx?)$/;
const stripModule = (p: string): string => p.replace(SCRIPT_EXT, '').replace(/\/index$/, '');

/** Does an import source, written in `file`, point at `target` (a path relative to the project root)? */
export function importPointsTo(source: string, file: FileContext, target: string): boolean {
  const wanted = stripModule(path.posix.normalize(target.replaceAll('\\', '/')).replace(/^\.\//, ''));
  const candidates: string[] = [];
  if (source.startsWith('.')) {
    candidates.push(path.relative(file.root, path.resolve(path.dirname(file.filename), source)));
  } else if (/^[@~#]\//.test(source)) {
    // The usual Next.js aliases point at the project root or at src/.
    candidates.push(source.slice(2), `src/${source.slice(2)}`);
  } else {
    candidates.push(source);
  }
  return candidates.some(candidate => stripModule(candidate.replaceAll('\\', '/')) === wanted);
}

/** A settings specifier as a matcher over origins. */
export function specifierMatches(origin: Origin | null, specifier: ApiSpecifier, file: FileContext): boolean {
  if (!origin) return false;
  if (typeof specifier === 'string') return terminalName(origin) === specifier && origin.path.at(-1) !== CALL;
  if (specifier.from === 'package') return matchesRef(origin, { from: [specifier.package], path: [specifier.name] }, file);
  return matchesRef(origin, { from: [(source, f) => importPointsTo(source, f, specifier.path)], path: [specifier.name] }, file)
    // A wrapper used in the very file that defines it.
    || (origin.source === null && !origin.global && origin.root === specifier.name && origin.path.length === 0
      && importPointsTo(`./${path.basename(file.filename)}`, file, specifier.path));
}
