/**
 * The compact card's row of buttons that open the notes, chapters, transcript and related episodes one at a time
 * (the APG disclosure pattern: each button says whether its panel is expanded and names the panel it controls;
 * ← and → move between the buttons, Escape closes the open panel).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Section } from '../element/sections.js';

export interface PanelButton {
  id: Section;
  label: string;
}

export interface PanelsViewOptions {
  open?: Section;
  onToggle: (id: Section) => void;
  /** The id prefix that makes the panels' ids unique on a page with several widgets. */
  idPrefix: string;
}

function moveFocus(event: KeyboardEvent): void {
  const keys: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, Home: -Infinity, End: Infinity };
  const step = keys[event.key];
  if (step === undefined) return;
  const buttons = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('button')];
  const from = buttons.indexOf(event.target as HTMLButtonElement);
  if (from < 0) return;
  const rtl = getComputedStyle(event.currentTarget as HTMLElement).direction === 'rtl';
  const delta = Number.isFinite(step) && rtl ? -step : step;
  const to = Math.min(
    buttons.length - 1,
    Math.max(0, Number.isFinite(delta) ? from + delta : delta > 0 ? Infinity : 0),
  );
  buttons[to]?.focus();
  event.preventDefault();
}

export function renderPanelBar(
  buttons: readonly PanelButton[],
  options: PanelsViewOptions,
): TemplateResult | typeof nothing {
  if (!buttons.length) return nothing;
  return html`<div part="panel-buttons" class="panel-buttons panel-buttons--${buttons.length}" @keydown=${moveFocus}>
    ${buttons.map(
      (button) =>
        html`<button
          type="button"
          part="panel-button"
          class="panel-button"
          aria-expanded=${options.open === button.id ? 'true' : 'false'}
          aria-controls=${`${options.idPrefix}-panel-${button.id}`}
          @click=${() => options.onToggle(button.id)}
        >
          ${button.label}
        </button>`,
    )}
  </div>`;
}

/** The open panel, labelled by its button. Escape inside it (even in a nested shadow root) closes it. */
export function renderPanel(
  id: Section,
  label: string,
  idPrefix: string,
  body: unknown,
  onClose: () => void,
): TemplateResult {
  return html`<div
    class="panel"
    part="panel"
    id=${`${idPrefix}-panel-${id}`}
    role="region"
    aria-label=${label}
    @keydown=${(event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      onClose();
    }}
  >
    ${body}
  </div>`;
}
