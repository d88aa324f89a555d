import { defineConfig } from 'vitest/config';

// The soak sample, fix safety and the oracle: slower than unit tests, so they run as this workspace's test:e2e.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 300_000,
  },
});
