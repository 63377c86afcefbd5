import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@tieuchi/source'] },
  ssr: { resolve: { conditions: ['@tieuchi/source'] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    typecheck: { enabled: true, include: ['packages/*/src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
