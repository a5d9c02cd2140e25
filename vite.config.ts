import { contentSecurityPolicy } from './src/lms/content-security-policy.ts';
import { defineConfig, type Plugin, type PluginOption } from 'vite';
// ---- Offline web app (issue 14)
import { VitePWA } from 'vite-plugin-pwa';
// ---- end offline web app

/**
 * The strict Content-Security-Policy is added to the built page only: Vite's dev server injects
 * inline styles and scripts for hot reload, which the policy would (rightly) refuse.
 */
function strictCsp(): Plugin {
  return {
    name: 'resolve-strict-csp',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}" />`,
      );
    },
  };
}

// ---- Offline web app (issue 14)
/**
 * The web build installs as an app and works offline after one visit: Workbox precaches the
 * game, its content JSON, sounds and fonts. The registration script is a file (registerSW.js),
 * not inline, so script-src 'self' holds. Mode `lms` (`resolve package` for SCORM and cmi5)
 * leaves the service worker out: an LMS serves and tracks the package itself.
 */
function offline(mode: string): PluginOption {
  if (mode === 'lms') return [];
  return VitePWA({
    strategies: 'generateSW',
    registerType: 'autoUpdate',
    injectRegister: 'script',
    includeAssets: ['favicon.svg', 'icons/*.png'],
    manifest: {
      name: 'Resolve: complaint-handling practice',
      short_name: 'Resolve',
      description:
        'Practise handling customer complaints, scored against negotiation and conflict-management techniques.',
      lang: 'en-GB',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#1b4d5c',
      theme_color: '#1b4d5c',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
        { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,json,svg,png,ogg,wav,woff,woff2}'],
      // The Phaser chunk is larger than Workbox's 2 MiB default.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // The first visit's page is taken over as soon as the cache is full, so it works offline
      // without a second visit; a new version takes over at the next load.
      clientsClaim: true,
      skipWaiting: true,
    },
  });
}
// ---- end offline web app

export default defineConfig(({ mode }) => ({
  // Relative asset paths: the build must run from any folder, a file share or an LMS package.
  base: './',
  plugins: [strictCsp(), offline(mode)],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }],
        },
      },
    },
  },
}));
