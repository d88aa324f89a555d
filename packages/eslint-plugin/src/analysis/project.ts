import fs from 'node:fs';
import path from 'node:path';
import type { ResolvedSettings } from './settings.js';

/**
 * Facts about the project a file belongs to, read from its package.json.
 * Each file is read once per process and re-read only when its mtime changes,
 * so an editor session sees edits and a CLI run pays for one read.
 * Nothing in the workspace is executed.
 */
interface PackageJson {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

interface CachedPackage {
  mtimeMs: number;
  json: PackageJson | null;
}

const packageCache = new Map<string, CachedPackage>();

function readPackageJson(file: string): PackageJson | null | undefined {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    packageCache.delete(file);
    return undefined;
  }
  const hit = packageCache.get(file);
  if (hit && hit.mtimeMs === stat.mtimeMs) return hit.json;
  let json: PackageJson | null = null;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8')) as PackageJson;
  } catch {
    // A package.json mid-edit: treat as having no dependencies until it parses again.
  }
  packageCache.set(file, { mtimeMs: stat.mtimeMs, json });
  return json;
}

export function dependencyVersion(pkg: PackageJson | null | undefined, name: string): string | undefined {
  return pkg?.dependencies?.[name] ?? pkg?.devDependencies?.[name] ?? pkg?.peerDependencies?.[name];
}

/** Nearest package.json at or above `dir` that satisfies `accept`, stopping at the filesystem root. */
function nearestPackage(dir: string, accept: (pkg: PackageJson) => boolean): { dir: string; pkg: PackageJson } | null {
  for (let current = dir; ; current = path.dirname(current)) {
    const pkg = readPackageJson(path.join(current, 'package.json'));
    if (pkg && accept(pkg)) return { dir: current, pkg };
    if (path.dirname(current) === current) return null;
  }
}

/**
 * The project root for a file: the deepest `rootDir` from settings that
 * contains it, else the nearest package.json that depends on `next`, else cwd.
 */
export function projectRoot(filename: string, cwd: string, settings: ResolvedSettings): string {
  const fromSettings = settings.rootDirs
    .map(dir => path.resolve(cwd, dir))
    .filter(dir => isInside(filename, dir))
    .sort((a, b) => b.length - a.length)[0];
  if (fromSettings) return fromSettings;
  return nearestPackage(path.dirname(filename), pkg => dependencyVersion(pkg, 'next') !== undefined)?.dir ?? cwd;
}

export function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** The dependency version range declared by the nearest package.json that declares `name`. */
export function declaredVersion(fromDir: string, name: string): string | undefined {
  const found = nearestPackage(fromDir, pkg => dependencyVersion(pkg, name) !== undefined);
  return found ? dependencyVersion(found.pkg, name) : undefined;
}

/** The next-auth major version: settings first, then the nearest package.json that declares next-auth. */
export function nextAuthMajor(fromDir: string, settings: ResolvedSettings): 4 | 5 | undefined {
  if (settings.nextAuthVersion) return settings.nextAuthVersion;
  const range = declaredVersion(fromDir, 'next-auth');
  if (range === undefined) return undefined;
  if (/beta|^[\^~>=v\s]*5/.test(range)) return 5;
  if (/^[\^~>=v\s]*4/.test(range)) return 4;
  return undefined;
}

/** Does the project (nearest declaring package.json) depend on `name`? */
export function projectUses(fromDir: string, name: string): boolean {
  return declaredVersion(fromDir, name) !== undefined;
}
