/**
 * `watchStore(store, select, render)`: a part of a template that follows the player store by itself. When the
 * values `select` picks change, only this part renders again, not the card around it: while playing, the clock
 * moves the slider, the time and the transcript line four times a second and nothing else. Changes within one
 * task are rendered once, in a microtask. Works in child position (a template) and property position (a value).
 */
import { noChange } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import type { PlayerState, PlayerStore } from '../player/player-store.js';

type Select = (state: PlayerState) => readonly unknown[];
type Render = (state: PlayerState) => unknown;

function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}

class WatchStoreDirective extends AsyncDirective {
  private store?: PlayerStore;
  private select: Select = () => [];
  private view: Render = () => noChange;
  private values: readonly unknown[] = [];
  private unsubscribe?: () => void;
  private scheduled = false;

  render(store: PlayerStore, select: Select, view: Render): unknown {
    if (store !== this.store) {
      this.unsubscribe?.();
      this.unsubscribe = undefined;
      this.store = store;
    }
    this.select = select;
    this.view = view;
    if (this.isConnected) this.listen();
    this.values = select(store.state);
    return view(store.state);
  }

  private listen(): void {
    this.unsubscribe ??= this.store?.subscribe((state) => {
      if (this.scheduled || sameValues(this.select(state), this.values)) return;
      this.scheduled = true;
      queueMicrotask(() => {
        this.scheduled = false;
        if (!this.store || !this.isConnected) return;
        const now = this.store.state;
        this.values = this.select(now);
        this.setValue(this.view(now));
      });
    });
  }

  protected override disconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  protected override reconnected(): void {
    this.listen();
    if (this.store && !sameValues(this.select(this.store.state), this.values)) {
      this.values = this.select(this.store.state);
      this.setValue(this.view(this.store.state));
    }
  }
}

export const watchStore = directive(WatchStoreDirective);
