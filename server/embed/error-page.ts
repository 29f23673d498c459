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

export function renderErrorPage(error: ServerError, theme: EmbedTheme): Promise<string> {
  const heading = HEADINGS[error.code] ?? 'The episode could not be loaded';
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
