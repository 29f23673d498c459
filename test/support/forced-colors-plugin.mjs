// A test-runner command the built-in emulateMedia lacks for Chromium through puppeteer: forced colours
// (Windows High Contrast), set through the DevTools protocol since puppeteer's emulateMediaFeatures refuses the
// feature. Tests call executeServerCommand('emulate-forced-colors', { value: 'active' | 'none' }).
const sessions = new WeakMap();

export function forcedColorsPlugin() {
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.value === 'active' ? 'active' : 'none' }],
      });
      return true;
    },
  };
}
