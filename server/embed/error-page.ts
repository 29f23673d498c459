/**
 * What `/embed` shows when it cannot show the episode (no feed given, the feed refused, missing or broken, no such
 * episode): a short page in the frame with the right status. The message is our own error's (escaped like all
 * else); never a stack.
 */
import { html } from 'hono/html';
import type { ServerError } from '../errors.js';
import { renderPage } from './page-shell.js';
import type { EmbedTheme } from './embed-params.js';

const HEADINGS: Partial<Record<ServerError['code'], string>> = {
  'bad-request': 'No episode to show',
  'episode-not-found': 'Episode not found',
  'forbidden-address': 'This feed cannot be shown here',
  'not-allowed': 'This feed cannot be shown here',
  'rate-limited': 'Too many requests',
};

/** Whether the feed's own server said it is not there (404, 410): then the page is not there either. */
export function feedGone(error: ServerError): boolean {
  return error.code === 'http' && (error.status === 404 || error.status === 410);
}

/** The page's status: the error's, except a feed its server says is gone, which is 404 (not 502). */
export function errorPageStatus(error: ServerError): number {
  return feedGone(error) ? 404 : error.httpStatus;
}

export function renderErrorPage(error: ServerError, theme: EmbedTheme): Promise<string> {
  const heading = feedGone(error) ? 'Feed not found' : (HEADINGS[error.code] ?? 'The episode could not be loaded');
  return renderPage({
    lang: 'en',
    title: heading,
    theme,
    body: html`<main class="error" role="alert">
      <h1>${heading}</h1>
      <p>${error.message}</p>
    </main>`,
  });
}
