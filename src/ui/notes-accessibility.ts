/**
 * Show notes made to fit the widget's outline for assistive technology: their headings sit below the widget's
 * own (a feed's `<h1>` must not outrank the page), empty headings go, and links with nothing to name them are
 * unwrapped into their content (a screen reader would only say "link").
 */
export function fitNotes(html: string, sectionLevel: number): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  const root = template.content;
  const headings = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  // The notes' top level (whatever the feed used) goes one below the widget's sections, the rest keep their steps.
  const top = Math.min(7, ...headings.map((heading) => Number(heading.tagName[1])));
  for (const heading of headings) {
    if (!heading.textContent?.trim()) {
      heading.remove();
      continue;
    }
    const level = Math.min(6, sectionLevel + 1 + Number(heading.tagName[1]) - top);
    const replacement = document.createElement('p');
    replacement.className = 'notes-heading';
    replacement.setAttribute('role', 'heading');
    replacement.setAttribute('aria-level', String(level));
    replacement.append(...heading.childNodes);
    heading.replaceWith(replacement);
  }
  for (const link of root.querySelectorAll('a')) {
    const named =
      link.textContent?.trim() ||
      link.getAttribute('aria-label')?.trim() ||
      link.getAttribute('title')?.trim() ||
      [...link.querySelectorAll('img')].some((img) => img.alt.trim());
    if (!named) link.replaceWith(...link.childNodes);
  }
  return template.innerHTML;
}
