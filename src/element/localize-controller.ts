import type { ReactiveController, ReactiveElement } from 'lit';
import { interfaceLanguage, loadWords, wordsNow } from '../i18n/localize.js';
import { strings as english, type Strings } from '../i18n/strings.js';
import { statedLanguage } from './language.js';

/**
 * The interface language for `host`: the first the widget speaks of its `language`, the nearest `lang` around it,
 * and the browser's languages; else English.
 */
export function readerLanguage(host: HTMLElement, language: string | undefined): string {
  return interfaceLanguage([
    language,
    statedLanguage(host, undefined),
    ...(navigator.languages ?? [navigator.language]),
  ]);
}

/**
 * The widget's interface language and its words: the element's `language`, else the nearest `lang` around it,
 * else the browser's languages, else English. A language other than English loads its words first (a small
 * chunk, in parallel with the feed); until they are here the element waits rather than speak English.
 */
export class LocalizeController implements ReactiveController {
  /** The interface language's tag (`en`, `de`, `pt-BR`…). */
  lang = 'en';
  t: Strings = english;
  /** Words of `lang` are still on their way. */
  waiting = false;
  private readonly host: ReactiveElement & { language: string };

  constructor(host: ReactiveElement & { language: string }) {
    this.host = host;
    host.addController(this);
  }

  hostUpdate(): void {
    const host = this.host;
    const lang = readerLanguage(host, host.language);
    const now = wordsNow(lang);
    if (now) {
      this.lang = lang;
      this.t = now;
      this.waiting = false;
      return;
    }
    if (this.waiting && this.lang === lang) return;
    this.lang = lang;
    this.waiting = true;
    void loadWords(lang).then((words) => {
      if (this.lang !== lang) return;
      this.t = words;
      this.waiting = false;
      host.requestUpdate();
    });
  }
}
