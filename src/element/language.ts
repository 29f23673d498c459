/**
 * The reader's language as the page states it: the element's `language`, else the nearest `lang` attribute around
 * it (usually the page's); empty when the page states none.
 */
export function statedLanguage(host: HTMLElement, language: string | undefined): string {
  return (
    language?.trim() ||
    host.closest('[lang]')?.getAttribute('lang')?.trim() ||
    host.ownerDocument.documentElement.lang ||
    ''
  );
}
