import { describe, expect, it } from 'vitest';
import { namesSingleSession } from './session-data.js';

describe('namesSingleSession', () => {
  it.each(['session', 'current-user', 'currentUser', 'cachedSession', 'auth:me', 'user_session', 'SESSION_DATA', 'me'])('%s names one session', key => {
    expect(namesSingleSession(key)).toBe(true);
  });

  it.each(['users:count', 'session-config', 'leaderboard', 'user:42', 'feature-flags', 'current'])('%s does not', key => {
    expect(namesSingleSession(key)).toBe(false);
  });
});
