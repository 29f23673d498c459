/** The show notes: sanitised HTML (or plain text until the sanitiser is there), collapsed when long. */
import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Strings } from '../i18n/strings.js';

/**
 * Notes HTML from the feed → HTML safe to insert (see sanitize.ts and notes-html.ts), its headings below
 * `sectionLevel`; `topics` are left out of it.
 */
export type Sanitize = (html: string, baseUrl: string, topics: readonly string[], sectionLevel: number) => string;

export interface NotesViewOptions {
  /** The interface's words. */
  t: Strings;
  /** The feed's language, which the notes are written in. */
  feedLang?: string;
  /** Sanitised HTML; undefined: show `text` instead. */
  safeHtml?: string;
  text: string;
  /** Taller than the collapsed height: "Show more" is offered. */
  overflow: boolean;
  expanded: boolean;
  onToggle: () => void;
}

export function renderNotes(options: NotesViewOptions): TemplateResult {
  const { safeHtml, text, overflow, expanded, onToggle, t } = options;
  return html`<section part="summary" class="notes ${overflow && !expanded ? 'notes--collapsed' : ''}">
    <div class="notes-body" id="notes" dir="auto" lang=${options.feedLang ?? nothing}>
      ${safeHtml !== undefined ? unsafeHTML(safeHtml) : html`<p>${text}</p>`}
    </div>
    ${
      overflow
        ? html`<button
            type="button"
            class="button button--text more"
            aria-expanded=${expanded ? 'true' : 'false'}
            aria-controls="notes"
            @click=${onToggle}
          >
            ${expanded ? t.showLess : t.showMore}
          </button>`
        : nothing
    }
  </section>`;
}
