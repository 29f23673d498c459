// Headless Debian Chromium (puppeteer-core) for the scripts, the bench and the Node-side browser tests, kept to this
// machine: every host name but localhost resolves to nothing, and a request that would still leave goes to a closed
// local port (Chromium sends loopback addresses direct). One list, so no launch forgets a flag. The browser suite
// (web-test-runner.config.mjs) launches through its own runner, with the closed proxy.
import puppeteer from 'puppeteer-core';

/** The flags that keep a launch on loopback. */
export const LOOPBACK_ONLY = [
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
  '--proxy-server=http://127.0.0.1:9',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/**
 * Launches Chromium (`CHROME_PATH`, default /usr/bin/chromium) headless and loopback-only; `args` adds flags, the
 * other options go to puppeteer as they are.
 * @param {import('puppeteer-core').LaunchOptions} [options]
 */
export function launchChromium({ args = [], ...options } = {}) {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    ...options,
    args: ['--no-sandbox', '--disable-gpu', ...LOOPBACK_ONLY, ...args],
  });
}
