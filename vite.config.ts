import { contentSecurityPolicy } from './src/lms/content-security-policy.ts';
import { defineConfig, type Plugin } from 'vite';

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

export default defineConfig({
  // Relative asset paths: the build must run from any folder, a file share or an LMS package.
  base: './',
  plugins: [strictCsp()],
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
});
