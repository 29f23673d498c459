// In-page half of the hostile-input bench: `window.measureHostile(feed)` inserts <podcast-episode feed=…> and
// resolves, once it is ready or failed (or after `timeoutMs`), to its state, how long that took, the longest task
// the page saw (longtask entries, over 50 ms) and the longest gap between heartbeats (MessageChannel ping-pong,
// which also sees tasks under 50 ms).
window.measureHostile = async (feed, timeoutMs = 40000) => {
  await customElements.whenDefined('podcast-episode');
  const longTasks = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
  observer.observe({ type: 'longtask' });
  let maxGap = 0;
  let last = performance.now();
  let beating = true;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
    if (beating) setTimeout(() => channel.port2.postMessage(0), 0);
  };
  channel.port2.postMessage(0);

  const started = performance.now();
  const el = document.createElement('podcast-episode');
  el.setAttribute('feed', feed);
  document.getElementById('stage').append(el);
  const deadline = started + timeoutMs;
  while (!/^(ready|error)$/.test(el.getAttribute('state') ?? '') && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const settledMs = performance.now() - started;
  // Layout of what it shows, and the chapter list if one comes, belong to the load too.
  await new Promise((resolve) => setTimeout(resolve, 300));
  if (el.currentEpisode?.chapters) {
    const listed = () => el.shadowRoot?.querySelector('[part~="chapters"] .chapter-seek');
    for (const end = performance.now() + 10000; !listed() && performance.now() < end;) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  beating = false;
  observer.takeRecords().forEach((e) => longTasks.push(e.duration));
  observer.disconnect();
  const state = el.getAttribute('state') ?? 'none';
  const message = el.shadowRoot?.querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  el.remove();
  return { state, message, settledMs, longestTaskMs: Math.max(0, ...longTasks), maxGapMs: maxGap };
};
