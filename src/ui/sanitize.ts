import createDOMPurify from 'dompurify';
import { boundMarkup } from '../feed/bound-markup.js';
import { MAX_LIST_ITEMS, MAX_NOTES_HTML, NOTES_BOUNDS, clipMarkup } from '../feed/limits.js';

/**
 * Show notes are untrusted HTML from whoever writes the feed. DOMPurify removes everything that can run script
 * (script, event handlers, `javascript:` URLs); on top of that we drop what can take over or restyle the page
 * (style, iframe, forms, embeds), what can leave the card's box (`popover`, which the browser lays out with
 * `position: fixed`; `part`, which lets the host page's `::part()` rules reach feed markup) and make links and
 * images behave inside a widget. Markup is bounded (depth, elements, images) before any parser sees it.
 *
 * A private DOMPurify instance, so our hooks never touch a DOMPurify the host page uses itself.
 */
let purifier: ReturnType<typeof createDOMPurify> | undefined;

function getPurifier(): ReturnType<typeof createDOMPurify> {
  if (purifier) return purifier;
  purifier = createDOMPurify(window);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A' || node.nodeName === 'AREA') {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer nofollow');
    } else if (node.nodeName === 'IMG') {
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
      // Feed images carry their original size; the widget's CSS scales them to fit instead.
      node.removeAttribute('width');
      node.removeAttribute('height');
    }
  });
  return purifier;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The widget lists the topics in a section of their own; the same list again inside the notes is noise.
 * Removes the notes' list whose items are the topics, and its lead-in line ("In this episode we discuss:").
 */
function removeTopicList(root: DocumentFragment, topics: readonly string[]): void {
  if (topics.length < 2) return;
  const wanted = topics.map((t) => normalise(t.replace(/…$/, '')));
  for (const list of root.querySelectorAll('ul, ol')) {
    const items = [...list.children].filter((li) => li.tagName === 'LI').map((li) => normalise(li.textContent ?? ''));
    // Asides and boilerplate are left out of the topics, so a topic may stand at another place than its item.
    const matches = wanted.filter((topic) => items.some((item) => item.startsWith(topic))).length;
    if (matches < Math.min(3, wanted.length)) continue;
    const leadIn = list.previousElementSibling;
    const leadText = leadIn?.textContent?.trim() ?? '';
    if (leadIn && !leadIn.querySelector('img') && leadText.length <= 100 && /[:：]$/.test(leadText)) leadIn.remove();
    list.remove();
    return;
  }
}

/** Lists longer than MAX_LIST_ITEMS end in "…" after that many items. */
function trimLists(root: DocumentFragment): void {
  for (const list of root.querySelectorAll('ul, ol')) {
    const items = [...list.children].filter((child) => child.tagName === 'LI');
    if (items.length <= MAX_LIST_ITEMS) continue;
    for (const item of items.slice(MAX_LIST_ITEMS)) item.remove();
    const more = document.createElement('li');
    more.textContent = '…';
    list.append(more);
  }
}

/**
 * Sanitises show-notes HTML for display. Relative links and images are resolved against `baseUrl` (the feed's
 * URL), since the page showing the widget is not where the feed's author wrote them. When `topics` are given
 * (shown by the widget in their own section), the notes' own copy of that list is left out.
 */
export function sanitizeNotes(html: string, baseUrl: string, topics: readonly string[] = []): string {
  try {
    return sanitize(html, baseUrl, topics);
  } catch {
    // Whatever the input, the card renders: notes that cannot be cleaned are left out, never shown raw.
    return '';
  }
}

function sanitize(html: string, baseUrl: string, topics: readonly string[]): string {
  // Notes from the worker are bounded already; notes from elsewhere (a page's own data) may not be.
  const bounded = boundMarkup(clipMarkup(typeof html === 'string' ? html : '', MAX_NOTES_HTML), NOTES_BOUNDS);
  const clean = getPurifier().sanitize(bounded, {
    FORBID_TAGS: [
      'style',
      'iframe',
      'frame',
      'form',
      'input',
      'button',
      'select',
      'textarea',
      'object',
      'embed',
      'link',
      'meta',
      'base',
      'svg',
      'math',
      'video',
      'audio',
      'source',
      'track',
      'dialog',
      'template',
      'slot',
      'noscript',
      'marquee',
      'canvas',
      'frameset',
      'portal',
      'fencedframe',
      'applet',
    ],
    FORBID_ATTR: [
      'style',
      'class',
      'id',
      'srcset',
      'formaction',
      'action',
      'popover',
      'popovertarget',
      'popovertargetaction',
      'part',
      'exportparts',
      'slot',
      'is',
      'autofocus',
      'anchor',
    ],
    ALLOW_DATA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  }) as DocumentFragment | null;
  // DOMPurify returns null for markup that is only a <frameset> (or like it): nothing to show.
  if (!clean) return '';
  for (const element of clean.querySelectorAll<HTMLElement>('a[href], area[href], img[src]')) {
    const attribute = element.tagName === 'IMG' ? 'src' : 'href';
    try {
      const resolved = new URL(element.getAttribute(attribute)!, baseUrl);
      if (/^(https?|mailto|tel):$/.test(resolved.protocol)) element.setAttribute(attribute, resolved.href);
      else element.removeAttribute(attribute);
    } catch {
      element.removeAttribute(attribute);
    }
  }
  removeTopicList(clean, topics);
  trimLists(clean);
  const container = document.createElement('div');
  container.append(clean);
  return container.innerHTML;
}
