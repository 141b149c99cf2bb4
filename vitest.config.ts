import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'happy-dom',
    restoreMocks: true,
    // The reader tests parse megabyte-sized saved pages; on a busy 2-core machine that takes seconds.
    testTimeout: 60_000,
  },
});
