import { defineConfig } from 'tsup';

// A command, not a library: one ESM entry with the shebang; dependencies stay external (installed with the package).
export default defineConfig({
  entry: { bin: 'src/bin.ts' },
  format: ['esm'],
  dts: false,
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'node',
  banner: { js: '#!/usr/bin/env node' },
});
