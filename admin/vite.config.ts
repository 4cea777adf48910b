import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Relative base: the API serves the built panel at `/`, but it must also work behind a path prefix.
export default defineConfig(({ command }) => ({
  base: './',
  plugins: [react()],
  // Apollo Client 3 decides dev mode by `globalThis.__DEV__`; a build drops its dev-only checks.
  define: command === 'build' ? { 'globalThis.__DEV__': 'false' } : {},
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // react-admin and MUI make one large chunk; splitting it would not make the back office faster.
    chunkSizeWarningLimit: 4000,
  },
  // `npx vite` in admin/ for development: the API (`npm run dev`) answers on port 4000.
  server: { proxy: { '/graphql': 'http://localhost:4000', '/exports': 'http://localhost:4000', '/imports': 'http://localhost:4000' } },
}));
