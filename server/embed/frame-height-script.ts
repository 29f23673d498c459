/**
 * The embed page's only inline script (allowed by its hash), which runs only where scripts do:
 * - tells the parent page how tall the frame's content is, at once and whenever it changes (the element replacing
 *   the static card, a section opened, a narrower frame): `{ type: 'podcast-episode:height', height }` in CSS
 *   pixels; the parent matches `event.source` to its iframe (README, "Embed page");
 * - shows the element in the static card's place (`data-shown`, see embed-styles.ts) once it is complete: ready,
 *   and, when the server saw a chapters file (`data-chapters`), with its chapters in the player (the public
 *   `chapter` part), so that their buttons do not arrive under the reader's eyes; at most 4 s after ready. Until
 *   then it is `inert` (out of the tab order and the accessibility tree: the static card is what is read);
 * - hands over playback: a reader who started the static `<audio>` goes on in the element from the same second.
 * Without scripts the static card stays, and the frame keeps the height the embed code gave it.
 */
export const HEIGHT_MESSAGE_TYPE = 'podcast-episode:height';

export const FRAME_HEIGHT_SCRIPT = `(() => {
  const el = document.querySelector('podcast-episode');
  const audio = document.querySelector('.static audio');
  if (el) {
    let shown = false;
    const show = () => {
      if (shown || el.getAttribute('state') !== 'ready') return;
      shown = true;
      el.setAttribute('data-shown', '');
      el.removeAttribute('inert');
      if (audio && !audio.paused) {
        audio.pause();
        el.currentTime = audio.currentTime;
        el.play();
      }
    };
    const complete = () => !el.hasAttribute('data-chapters') || el.shadowRoot?.querySelector('[part~="chapter"], .controls--chapters');
    const settle = () => {
      if (complete()) return show();
      new MutationObserver(() => complete() && show()).observe(el.shadowRoot, { subtree: true, childList: true });
      setTimeout(show, 4000);
    };
    el.addEventListener('ready', () => requestAnimationFrame(settle), { once: true });
    el.addEventListener('warning', (e) => e.detail?.code === 'chapters' && show());
  }
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
