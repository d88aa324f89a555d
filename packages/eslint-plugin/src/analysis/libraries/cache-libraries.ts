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
  /** Entries live in this server process's memory and are shared by every request it serves. */
  readonly inProcess?: boolean;
  /** How the client gives an entry an expiry; absent for in-process caches. */
  readonly expiry?: ExpiryForms;
}

/**
 * The ways one Redis/KV client writes an entry that expires. A write without
 * any of them keeps the entry until something deletes it.
 */
export interface ExpiryForms {
  /** Writes whose options can carry the expiry (`set`). */
  readonly optionWrites: readonly string[];
  /** Writes that always set one (`setex`, `psetex`). */
  readonly expiringWrites: readonly string[];
  /** Positional arguments after the value (ioredis `set(k, v, 'EX', s)`), compared case-insensitively. */
  readonly tokens?: readonly string[];
  /** Keys of an options object after the value (node-redis `{ EX }`, upstash `{ ex }`). */
  readonly optionKeys?: readonly string[];
  /** Calls that give an existing key an expiry afterwards (`expire(k, s)`). */
  readonly expireMethods: readonly string[];
  /** How a suggestion writes "expire after N seconds" on an `optionWrites` call. */
  readonly suggest: ExpirySuggestion;
}

/**
 * `tokens`: `'EX', N` arguments (ioredis). `EX`: `{ EX: N }` (node-redis v4,
 * deprecated but accepted in v5). `expiration`: `{ expiration: { type: 'EX', value: N } }`
 * (node-redis v5). `ex`: `{ ex: N }` (upstash, @vercel/kv).
 */
export type ExpirySuggestion = 'tokens' | 'EX' | 'expiration' | 'ex';

const IOREDIS_EXPIRY: ExpiryForms = {
  optionWrites: ['set', 'SET'],
  expiringWrites: ['setex', 'psetex', 'SETEX', 'PSETEX'],
  tokens: ['EX', 'PX', 'EXAT', 'PXAT', 'KEEPTTL'],
  expireMethods: ['expire', 'pexpire', 'expireat', 'pexpireat', 'EXPIRE', 'PEXPIRE', 'EXPIREAT', 'PEXPIREAT'],
  suggest: 'tokens',
};

/** node-redis v4 and v5 (`@redis/client`): camelCase commands and an options object. */
const NODE_REDIS_EXPIRY: ExpiryForms = {
  optionWrites: ['set', 'SET'],
  expiringWrites: ['setEx', 'pSetEx', 'SETEX', 'PSETEX'],
  optionKeys: ['EX', 'PX', 'EXAT', 'PXAT', 'KEEPTTL', 'expiration'],
  expireMethods: ['expire', 'pExpire', 'expireAt', 'pExpireAt', 'EXPIRE', 'PEXPIRE', 'EXPIREAT', 'PEXPIREAT'],
  suggest: 'EX',
};

/** @upstash/redis, and @vercel/kv which wraps it. */
const UPSTASH_EXPIRY: ExpiryForms = {
  optionWrites: ['set'],
  expiringWrites: ['setex', 'psetex'],
  optionKeys: ['ex', 'px', 'exat', 'pxat', 'keepTtl'],
  expireMethods: ['expire', 'pexpire', 'expireat', 'pexpireat'],
  suggest: 'ex',
};

const REDIS_COMMANDS = {
  read: ['get', 'getex', 'hget', 'hgetall', 'hmget', 'mget', 'json.get', 'GET', 'hGet', 'hGetAll', 'mGet'],
  write: ['set', 'setex', 'psetex', 'setnx', 'hset', 'hmset', 'mset', 'json.set', 'SET', 'SETEX', 'PSETEX', 'setEx', 'pSetEx', 'setNX', 'hSet'],
  delete: ['del', 'unlink', 'hdel', 'getdel', 'json.del', 'DEL', 'UNLINK', 'unLink', 'hDel', 'getDel'],
} as const;

export const CACHE_LIBRARIES: readonly CacheLibrary[] = [
  { id: 'ioredis', name: 'ioredis', from: ['ioredis'], methods: REDIS_COMMANDS, expiry: IOREDIS_EXPIRY },
  { id: 'node-redis', name: 'node-redis', from: ['redis', '@redis/client'], methods: REDIS_COMMANDS, expiry: NODE_REDIS_EXPIRY },
  {
    id: 'upstash',
    name: '@upstash/redis',
    from: ['@upstash/redis', '@upstash/redis/nodejs', '@upstash/redis/cloudflare'],
    methods: REDIS_COMMANDS,
    expiry: UPSTASH_EXPIRY,
  },
  { id: 'vercel-kv', name: '@vercel/kv', from: ['@vercel/kv'], methods: REDIS_COMMANDS, expiry: UPSTASH_EXPIRY },
  {
    id: 'lru-cache',
    name: 'lru-cache',
    from: ['lru-cache'],
    inProcess: true,
    methods: { read: ['get', 'peek'], write: ['set'], delete: ['delete', 'clear'] },
  },
  {
    id: 'node-cache',
    name: 'node-cache',
    from: ['node-cache'],
    inProcess: true,
    methods: { read: ['get', 'mget'], write: ['set', 'mset'], delete: ['del', 'take', 'flushAll'] },
  },
  {
    id: 'quick-lru',
    name: 'quick-lru',
    from: ['quick-lru'],
    inProcess: true,
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
    inProcess: true,
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
