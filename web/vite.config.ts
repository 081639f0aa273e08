import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Where `npm run dev -w web` sends API calls: a gateway started with `npm start`. */
const gateway = process.env.SKILLPROOF_GATEWAY ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: Object.fromEntries(['/v1', '/graphql', '/docs', '/health'].map((path) => [path, gateway])),
  },
  build: {
    // The manifest tells scripts/measure-bundle.js which chunks each page loads.
    manifest: true,
    target: 'es2022',
  },
});
