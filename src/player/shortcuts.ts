import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ARROW_SECONDS, BACK_SECONDS, FORWARD_SECONDS, stepRate } from './playback-steps.js';
import type { PlayerRequests, PlayerStore } from './player-store.js';
import type { Strings } from '../i18n/strings.js';

/** The keys, as the "?" panel lists them, in the interface language. */
export const shortcutList = (t: Strings): readonly { keys: readonly string[]; does: string }[] => [
  { keys: ['Space', 'K'], does: t.shortcutPlayPause },
  { keys: ['J'], does: t.back(BACK_SECONDS) },
  { keys: ['L'], does: t.forward(FORWARD_SECONDS) },
  { keys: ['←'], does: t.back(ARROW_SECONDS) },
  { keys: ['→'], does: t.forward(ARROW_SECONDS) },
  { keys: ['M'], does: t.shortcutMute },
  { keys: ['<', '>'], does: t.shortcutSpeed },
  { keys: ['0', '…', '9'], does: t.shortcutJump },
  { keys: ['?'], does: t.shortcutHelp },
];

/** Elements whose keys are their own: typing in them must never play, seek or mute. */
function isTextEntry(target: Element): boolean {
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  return (
    target instanceof HTMLInputElement &&
    !['range', 'button', 'checkbox', 'radio', 'submit', 'reset'].includes(target.type)
  );
}

/**
 * The key as a Latin layout names it: on a Russian, Greek or Hebrew layout the K key types another letter, and the
 * shortcut must still work, so a non-Latin letter falls back to the physical key (`KeyK` → `k`).
 */
function latinKey(event: KeyboardEvent): string {
  const { key, code } = event;
  if (key.length === 1 && /\p{L}/u.test(key) && !/[a-z]/i.test(key) && /^Key[A-Z]$/.test(code)) {
    return code.slice(3).toLowerCase();
  }
  return key;
}

/** Keys a slider (seek, volume) uses itself. */
const SLIDER_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End']);

/** Controls that Space activates (a press of the focused button, link or checkbox must stay that). */
function spaceIsItsOwn(target: Element): boolean {
  return target.matches('button, a[href], summary, input[type="checkbox"], input[type="radio"], [role="button"]');
}

/**
 * Keyboard shortcuts of the player, while focus is inside the widget (a keydown on the host element only ever
 * comes from inside it): never elsewhere on the host page, never while typing in a text field inside the widget,
 * and never for the keys a slider uses. Space or K play/pause, J / L back 15 s / forward 30 s, ← / → 5 s, M mute,
 * < / > speed, 0–9 jump to 0–90 %, ? the list of shortcuts.
 */
export class PlayerShortcutsController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly store: PlayerStore;
  private readonly requests: PlayerRequests;
  private readonly onKeyDown = (event: KeyboardEvent) => this.handle(event);

  constructor(host: ReactiveControllerHost & HTMLElement, store: PlayerStore, requests: PlayerRequests) {
    this.host = host;
    this.store = store;
    this.requests = requests;
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeyDown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeyDown);
  }

  private handle(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    // Escape closes the shortcuts list or the share field (text field included) and gives focus back to its button.
    if (event.key === 'Escape') {
      const closed = this.requests.dismiss();
      if (!closed) return;
      event.preventDefault();
      void this.host.updateComplete.then(() =>
        this.host.shadowRoot?.querySelector<HTMLElement>(`[part~="${closed}-button"]`)?.focus(),
      );
      return;
    }
    // The element the key was really typed in, inside this and any nested shadow root.
    const target = event.composedPath()[0];
    if (!(target instanceof Element) || isTextEntry(target)) return;
    if (target instanceof HTMLInputElement && target.type === 'range' && SLIDER_KEYS.has(event.key)) return;
    if (this.act(latinKey(event), target)) event.preventDefault();
  }

  /** Does what `key` means; false when it means nothing here (the browser keeps it). */
  private act(key: string, target: Element): boolean {
    const player = this.requests;
    const { muted, rate, duration } = this.store.state;
    switch (key.length === 1 ? key.toLowerCase() : key) {
      case ' ':
        if (spaceIsItsOwn(target)) return false;
        player.toggle();
        return true;
      case 'k':
        player.toggle();
        return true;
      case 'j':
        player.skip(-BACK_SECONDS);
        return true;
      case 'l':
        player.skip(FORWARD_SECONDS);
        return true;
      case 'ArrowLeft':
        player.skip(-ARROW_SECONDS);
        return true;
      case 'ArrowRight':
        player.skip(ARROW_SECONDS);
        return true;
      case 'm':
        player.setMuted(!muted);
        return true;
      case '<':
        player.setRate(stepRate(rate, -1));
        return true;
      case '>':
        player.setRate(stepRate(rate, 1));
        return true;
      case '?':
        player.toggleHelp();
        return true;
      default:
        if (/^[0-9]$/.test(key) && duration > 0) {
          player.seek((duration * Number(key)) / 10);
          return true;
        }
        return false;
    }
  }
}
