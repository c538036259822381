import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Resolved from this file rather than the working directory, so `vite build` behaves the same
// whether it is started from the package or through `pnpm --filter`.
const fromHere = (path: string) => decodeURIComponent(new URL(path, import.meta.url).pathname);

// Vite loads its config through the default export, so this file is the one exception to named
// exports.
export default defineConfig({
  plugins: [react()],
  resolve: {
    // The shared package ships TypeScript source only; bundling it directly keeps one copy of the
    // role rules and labels without a separate build step for the web app.
    alias: { '@foyer/shared': fromHere('../shared/src/index.ts') },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // GraphiQL with its editor is ~760 kB minified and only the sandbox page loads it; the
    // portal's own chunks stay far below this, so a warning still means something there.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      // The portal and the GraphQL sandbox are separate pages: the sandbox's editor is large and
      // nobody using the portal should download it.
      input: {
        main: fromHere('./index.html'),
        sandbox: fromHere('./sandbox.html'),
      },
      onwarn(warning, warn) {
        // GraphiQL ships React Compiler output marked "use no memo"; the directive only matters
        // to the compiler, which does not run here, so dropping it while bundling is harmless.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    proxy: { '/graphql': 'http://localhost:4000' },
  },
});
