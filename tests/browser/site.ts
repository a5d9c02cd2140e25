import { preview, type PreviewServer } from 'vite';

export interface Site {
  url: string;
  close: () => Promise<void>;
}

/** Serves the built dist/ on a free port through Vite's JS API; close it in afterAll. */
export async function serveBuiltSite(): Promise<Site> {
  const server: PreviewServer = await preview({
    logLevel: 'silent',
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report an address.');
  return { url, close: () => server.close() };
}
