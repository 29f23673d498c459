// A test-runner command that reads Chromium's accessibility tree through the DevTools protocol, which is what a
// screen reader gets (the DOM alone cannot tell whether text was left out of it, e.g. by content-visibility).
// Tests call executeServerCommand('ax-find', { names: [...] }) and get, for each accessible name, how many nodes of
// the tree (shadow roots included) carry exactly that name, and their roles.
const sessions = new WeakMap();

export function axTreePlugin() {
  return {
    name: 'ax-tree',
    async executeCommand({ command, payload, session }) {
      if (command !== 'ax-find') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
      }
      const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
      const found = [];
      for (const name of payload?.names ?? []) {
        const { nodes } = await cdp.send('Accessibility.queryAXTree', { nodeId: root.nodeId, accessibleName: name });
        const shown = nodes.filter((n) => !n.ignored);
        found.push({ name, count: shown.length, roles: [...new Set(shown.map((n) => n.role?.value))] });
      }
      return found;
    },
  };
}
