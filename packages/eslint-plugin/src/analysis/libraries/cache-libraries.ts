import type { ApiRef } from '../api-ref.js';

export type CacheOperation = 'read' | 'write' | 'delete';

/** One row per cache client: where its instances come from and what its methods do. */
export interface CacheLibrary {
  readonly id: string;
  readonly name: string;
  /** Imports whose values (or instances made from them) are this client. */
  readonly from: ApiRef['from'] | 'global';
  /** For `global` rows: the constructor, e.g. `Map`. */
  readonly globalConstructor?: string;
  readonly methods: Readonly<Record<CacheOperation, readonly string[]>>;
}

const REDIS_COMMANDS = {
  read: ['get', 'getex', 'hget', 'hgetall', 'hmget', 'mget', 'json.get', 'GET', 'hGet', 'hGetAll', 'mGet'],
  write: ['set', 'setex', 'psetex', 'setnx', 'hset', 'hmset', 'mset', 'json.set', 'SET', 'setEx', 'hSet'],
  delete: ['del', 'unlink', 'hdel', 'getdel', 'json.del', 'DEL', 'hDel', 'getDel'],
} as const;

export const CACHE_LIBRARIES: readonly CacheLibrary[] = [
  { id: 'ioredis', name: 'ioredis', from: ['ioredis'], methods: REDIS_COMMANDS },
  { id: 'node-redis', name: 'node-redis', from: ['redis', '@redis/client'], methods: REDIS_COMMANDS },
  {
    id: 'upstash',
    name: '@upstash/redis',
    from: ['@upstash/redis', '@upstash/redis/nodejs', '@upstash/redis/cloudflare'],
    methods: REDIS_COMMANDS,
  },
  { id: 'vercel-kv', name: '@vercel/kv', from: ['@vercel/kv'], methods: REDIS_COMMANDS },
  {
    id: 'lru-cache',
    name: 'lru-cache',
    from: ['lru-cache'],
    methods: { read: ['get', 'peek'], write: ['set'], delete: ['delete', 'clear'] },
  },
  {
    id: 'keyv',
    name: 'Keyv',
    from: ['keyv', '@keyv/redis'],
    methods: { read: ['get'], write: ['set'], delete: ['delete', 'clear'] },
  },
  {
    id: 'map',
    name: 'Map',
    from: 'global',
    globalConstructor: 'Map',
    methods: { read: ['get'], write: ['set'], delete: ['delete', 'clear'] },
  },
];

/** `unstable_cache(fn)` returns a function; calling that function (the callee is its result) reads the cache. */
export const CACHED_FUNCTION_FACTORIES: readonly ApiRef[] = [
  { from: ['next/cache'], path: ['unstable_cache', '()'] },
];

/**
 * Naming conventions for the team's own cache helpers and clients, used when
 * the value's origin is an app module the tables cannot see into.
 */
export const CACHE_NAMING = {
  /** `getCachedSession()`, `readSessionFromCache()`, `loadUserCache()`. */
  readHelper: /^(?:get|read|load|fetch|lookup|find)\w*(?:Cached|FromCache|Cache)\w*$/,
  writeHelper: /^(?:set|write|save|store|put|cache)\w*(?:Cached|ToCache|Cache)\w*$|^cache(?:Session|User)\w*$/,
  deleteHelper: /^(?:delete|clear|remove|invalidate|evict|purge|drop)\w*(?:Cached|FromCache|Cache)\w*$/,
  /** A client object: `redis`, `kv`, `sessionCache`, `userCache`. */
  client: /^(?:redis\w*|\w*Redis|kv|\w*Kv|\w*KV|cache|\w*Cache|upstash)$/,
} as const;
