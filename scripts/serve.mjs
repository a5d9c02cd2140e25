// Serves the production build (dist/) and prints its address. Used by `npm start`.
import { preview } from 'vite';

const port = Number(process.env.PORT ?? 4173);
const server = await preview({
  preview: { port, strictPort: false, host: '127.0.0.1', open: false },
});
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
console.log(`\nResolve is running at ${url}\nPress Ctrl+C to stop.\n`);
