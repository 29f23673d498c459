// Tests run in Debian's Chromium (CHROME_PATH overrides) against the sources and the built dist/.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import path from 'node:path';
import { commonjsVendorPlugin } from './scripts/lib/vendor-plugin.mjs';
import { forcedColorsPlugin } from './test/support/forced-colors-plugin.mjs';
import { axTreePlugin } from './test/support/ax-tree-plugin.mjs';
import { ensureFreshDist } from './scripts/lib/fresh-dist.mjs';
import { testServerMiddleware, startCrossOriginServer } from './test/server/test-server.mjs';
import { startPodcastServer, podcastServerMiddleware } from './test/server-e2e/podcast-server.mjs';

// Element tests load dist/: never let them run against a build older than src/.
ensureFreshDist();

const crossOrigin = await startCrossOriginServer();
// Our own server (issue 12), reading feeds from the cross origin, for test/server-e2e/.
const podcastServer = await startPodcastServer(crossOrigin.url);

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 20 * 60 * 1000,
  browsers: [
    chromeLauncher({
      // Each test file in its own window, not a background tab: Chromium defers loading audio in hidden tabs.
      createPage: ({ context }) => context.newPage({ type: 'window' }),
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--autoplay-policy=no-user-gesture-required',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          // Test files run in parallel tabs; a background tab must still load and play audio and run timers.
          '--disable-background-media-suspend',
          '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
          // Tests talk to this machine only: the real feeds name artwork, chapter images and files on public hosts,
          // so every request not for a loopback address (Chromium sends those direct) goes to a closed local port.
          '--proxy-server=http://127.0.0.1:9',
        ],
      },
    }),
  ],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: path.resolve('tsconfig.json') }),
    commonjsVendorPlugin(),
    forcedColorsPlugin(),
    axTreePlugin(),
  ],
  middleware: [podcastServerMiddleware(podcastServer), testServerMiddleware({ crossOrigin })],
};
