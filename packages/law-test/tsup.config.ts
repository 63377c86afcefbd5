import { defineConfig } from 'tsup';

export default defineConfig({
  // Two entry points: the runner ('.') and the vitest helper ('./vitest'). ESM output shares one chunk, so both
  // entries see the same LawCaseError class.
  entry: { index: 'src/index.ts', vitest: 'src/vitest.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
});
