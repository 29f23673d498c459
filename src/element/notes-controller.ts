import type { ReactiveController, ReactiveElement } from 'lit';
import type { Sanitize } from '../ui/notes-view.js';

/** Notes taller than this (in px) collapse behind "Show more". */
export const NOTES_COLLAPSED_HEIGHT = 168;

/**
 * The show notes' state: sanitised once per episode (and topic list), collapsed behind "Show more" when taller
 * than NOTES_COLLAPSED_HEIGHT, expanded on request. Their height is known only after layout: a ResizeObserver
 * reads it when layout has happened anyway, instead of forcing one in the render task; it also sees width changes.
 */
export class NotesController implements ReactiveController {
  expanded = false;
  overflow = false;
  private readonly host: ReactiveElement;
  private observer?: ResizeObserver;
  private observed?: HTMLElement;
  private sanitized?: { key: string; html: string };

  constructor(host: ReactiveElement) {
    this.host = host;
    host.addController(this);
  }

  hostUpdated(): void {
    const notes = this.body();
    if (notes) limitTabStops(notes, this.overflow && !this.expanded ? NOTES_COLLAPSED_HEIGHT : undefined);
    if (notes === this.observed) return;
    // The state change waits a frame: applying it inside the callback would resize the observed box again in
    // the same frame, which browsers report to window.onerror as "ResizeObserver loop completed…".
    this.observer ??= new ResizeObserver(() => requestAnimationFrame(() => this.measure()));
    this.observer.disconnect();
    if (notes) this.observer.observe(notes);
    this.observed = notes;
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observed = undefined;
  }

  /** A new episode: collapsed again until measured. */
  reset(): void {
    this.expanded = false;
    this.overflow = false;
  }

  toggle(): void {
    this.expanded = !this.expanded;
    this.host.requestUpdate();
  }

  /**
   * The notes as safe HTML, sanitised once per `key`; undefined without a sanitiser (the view then shows the plain
   * text). `topics` are left out of the notes: the topics section shows them.
   */
  safeHtml(
    key: string,
    notesHtml: string,
    baseUrl: string,
    topics: readonly string[],
    sanitize: Sanitize | undefined,
    sectionLevel: number,
  ) {
    if (!sanitize) return undefined;
    const fullKey = `${key} ${sectionLevel} ${topics.join('\u0000')}`;
    if (this.sanitized?.key !== fullKey) {
      this.sanitized = { key: fullKey, html: sanitize(notesHtml, baseUrl, topics, sectionLevel) };
    }
    return this.sanitized.html;
  }

  private body(): HTMLElement | undefined {
    return this.host.renderRoot.querySelector<HTMLElement>('.notes-body') ?? undefined;
  }

  private measure(): void {
    const notes = this.body();
    if (!notes || this.expanded) return;
    const overflow = notes.scrollHeight > NOTES_COLLAPSED_HEIGHT + 24;
    if (overflow === this.overflow) return;
    this.overflow = overflow;
    this.host.requestUpdate();
    limitTabStops(notes, overflow ? NOTES_COLLAPSED_HEIGHT : undefined);
  }
}

/**
 * Keeps Tab out of what "Show more" hides: links and other focusable parts of collapsed notes that lie below the
 * visible height are taken out of the tab order until the notes are expanded.
 */
function limitTabStops(body: HTMLElement, visibleHeight: number | undefined): void {
  const top = body.getBoundingClientRect().top;
  for (const element of body.querySelectorAll<HTMLElement>('a[href], [tabindex]')) {
    const hidden = visibleHeight !== undefined && element.getBoundingClientRect().top - top >= visibleHeight;
    if (hidden) element.setAttribute('tabindex', '-1');
    else if (element.getAttribute('tabindex') === '-1') element.removeAttribute('tabindex');
  }
}
