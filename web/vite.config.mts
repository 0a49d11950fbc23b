import fs from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const root = import.meta.dirname;
const outDir = path.resolve(root, '../dist/web');
const govukAssets = path.resolve(root, '../node_modules/govuk-frontend/dist/govuk/assets');

/** govuk-frontend's CSS asks for /assets/images/...: copied beside the build, nothing fetched from the internet. */
function govukAssetsPlugin(): Plugin {
  return {
    name: 'govuk-assets',
    apply: 'build',
    closeBundle() {
      fs.cpSync(path.join(govukAssets, 'images'), path.join(outDir, 'assets/images'), { recursive: true });
    },
  };
}

/** The screens, built into dist/web, which the gateway serves at `/` (gateway/web-app.ts). */
export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  logLevel: 'error',
  oxc: { jsx: { runtime: 'automatic' } },
  // govuk-frontend's CSS ships minified, with IE hacks lightningcss refuses.
  build: { outDir, emptyOutDir: true, sourcemap: false, cssMinify: false, chunkSizeWarningLimit: 1000 },
  plugins: [govukAssetsPlugin()],
});
