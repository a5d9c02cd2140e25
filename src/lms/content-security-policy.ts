/*
 * The page's Content-Security-Policy, one copy for every build: the web build (vite.config.ts),
 * and the packages `resolve package` writes. Only a cmi5 package needs more: it talks to an LRS
 * whose address the LMS gives at launch, so its connect-src names the origins it may reach.
 */
export function contentSecurityPolicy(options: { connectTo?: readonly string[] } = {}): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "media-src 'self' data: blob:",
    "font-src 'self' data:",
    ["connect-src 'self' data: blob:", ...(options.connectTo ?? [])].join(' '),
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
