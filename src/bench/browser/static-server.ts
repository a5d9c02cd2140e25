import { createServer } from 'node:http';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export type Encoding = 'gzip' | 'br';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.webm': 'audio/webm',
  '.txt': 'text/plain; charset=utf-8',
};

// Fonts, pictures and sounds are compressed already: a static host sends them as they are.
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt']);

export interface StaticSite {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built folder the way a static host with precompressed files does (gzip level 9, brotli
 * quality 11), in one encoding, so the browser's byte counts are the bytes as sent. Vite's preview
 * server sends everything uncompressed.
 */
export async function serveCompressed(root: string, encoding: Encoding): Promise<StaticSite> {
  // Compressed before the first request, as a host's build step would: compressing a 1.3 MB
  // script at quality 11 on a request would be timed as the game's download.
  const compressed = new Map<string, Buffer>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !COMPRESSIBLE.has(extname(entry.name))) continue;
    const file = join(entry.parentPath, entry.name);
    const body = await readFile(file);
    compressed.set(
      file,
      encoding === 'gzip'
        ? await gzipAsync(body, { level: 9 })
        : await brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    );
  }
  const server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
      if (file !== root && !file.startsWith(root + sep)) {
        response.writeHead(403).end();
        return;
      }
      let body: Buffer;
      try {
        body = await readFile(file);
      } catch {
        response.writeHead(404).end();
        return;
      }
      const type = extname(file);
      const headers: Record<string, string> = {
        'content-type': TYPES[type] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      };
      const packed = compressed.get(file);
      if (packed !== undefined) {
        body = packed;
        headers['content-encoding'] = encoding;
        headers.vary = 'accept-encoding';
      }
      headers['content-length'] = String(body.length);
      response.writeHead(200, headers).end(request.method === 'HEAD' ? undefined : body);
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('No port to serve on.');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
