/** Why the episode could not be shown, and "Try again" for failures that may go away on their own. */
import { html, nothing, type TemplateResult } from 'lit';
import type { ErrorDetail } from '../feed/errors.js';
import type { Strings } from '../i18n/strings.js';
import { icons } from './icons.js';

/** Failures that may go away on their own (a flaky network, a server hiccup). */
const RETRYABLE = new Set<string>(['network', 'http', 'cors']);

/** `message`: the failure said in the interface language; `cardClass`: the card's classes (layout, theme). */
export function renderError(
  failure: ErrorDetail,
  message: string,
  onRetry: () => void,
  cardClass: string,
  t: Strings,
): TemplateResult {
  return html`<div part="card" class=${cardClass}>
    <div part="error" class="error" role="alert">
      <svg viewBox="0 0 24 24" aria-hidden="true">${icons.alert}</svg>
      <div>
        <p class="error-title">${t.errorTitle}</p>
        <p class="error-message">${message}</p>
        ${
          RETRYABLE.has(failure.code)
            ? html`<button type="button" class="button button--text retry" @click=${onRetry}>${t.retry}</button>`
            : nothing
        }
      </div>
    </div>
  </div>`;
}
