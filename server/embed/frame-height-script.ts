/**
 * The embed page's only inline script (allowed by its hash): tells the parent page how tall the frame's content
 * is, at once and whenever it changes (the element replacing the static card, a section opened, a narrower frame).
 * Message: `{ type: 'podcast-episode:height', height }` in CSS pixels; the parent matches `event.source` to its
 * iframe (README, "Embed page"). Without scripts the frame keeps the height the embed code gave it.
 */
export const HEIGHT_MESSAGE_TYPE = 'podcast-episode:height';

export const FRAME_HEIGHT_SCRIPT = `(() => {
  if (parent === window) return;
  let last = 0;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    parent.postMessage({ type: '${HEIGHT_MESSAGE_TYPE}', height }, '*');
  };
  new ResizeObserver(post).observe(document.documentElement);
  post();
})();`;
