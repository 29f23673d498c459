// A test-runner command the built-in emulateMedia lacks for Chromium through puppeteer: forced colours
// (Windows High Contrast). Tests call executeServerCommand('emulate-forced-colors', { value: 'active' | 'none' }).
export function forcedColorsPlugin() {
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      await page.emulateMediaFeatures([{ name: 'forced-colors', value: payload?.value ?? 'none' }]);
      return true;
    },
  };
}
