import { ANY, type ApiRef } from '../api-ref.js';

/** One row per rate-limiting library: the calls that count a request against a limit. */
export interface RateLimiter {
  readonly name: string;
  readonly calls: readonly ApiRef[];
}

export const RATE_LIMITERS: readonly RateLimiter[] = [
  {
    name: '@upstash/ratelimit',
    calls: [
      { from: ['@upstash/ratelimit'], path: ['Ratelimit', '()', 'limit'] },
      { from: ['@upstash/ratelimit'], path: ['Ratelimit', '()', 'blockUntilReady'] },
    ],
  },
  {
    name: 'rate-limiter-flexible',
    calls: [
      { from: ['rate-limiter-flexible'], path: [ANY, 'consume'] },
      { from: ['rate-limiter-flexible'], path: [ANY, 'penalty'] },
    ],
  },
  {
    name: 'limiter',
    calls: [
      { from: ['limiter'], path: [ANY, 'removeTokens'] },
      { from: ['limiter'], path: [ANY, 'tryRemoveTokens'] },
    ],
  },
  { name: '@arcjet/next', calls: [{ from: ['@arcjet/next'], path: [ANY, 'protect'] }] },
];

/**
 * Limiters known by name when they come from the app's own module:
 * `rateLimit(ip)`, `checkRateLimit(req)`, and `limiter.check(…)`,
 * `ratelimit.limit(…)`, `rateLimiter.consume(…)` on a client named so.
 */
export const RATE_LIMIT_NAMING = {
  function: /^(?:check|apply|enforce)?rate_?limit(?:er)?$/i,
  client: /^(?:rate_?)?limiter$|^rate_?limit(?:er)?$|ratelimit$/i,
  methods: new Set(['limit', 'check', 'consume', 'take', 'hit', 'removeTokens', 'tryRemoveTokens', 'blockUntilReady', 'protect']),
};
