import createDOMPurify from 'dompurify';

/**
 * Show notes are untrusted HTML from whoever writes the feed. DOMPurify removes everything that can run script
 * (script, event handlers, `javascript:` URLs); on top of that we drop what can take over or restyle the page
 * (style, iframe, forms, embeds) and make links and images behave inside a widget.
 *
 * A private DOMPurify instance, so our hooks never touch a DOMPurify the host page uses itself.
 */
let purifier: ReturnType<typeof createDOMPurify> | undefined;

function getPurifier(): ReturnType<typeof createDOMPurify> {
  if (purifier) return purifier;
  purifier = createDOMPurify(window);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') {
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

/**
 * Sanitises show-notes HTML for display. Relative links and images are resolved against `baseUrl` (the feed's
 * URL), since the page showing the widget is not where the feed's author wrote them. When `topics` are given
 * (shown by the widget in their own section), the notes' own copy of that list is left out.
 */
export function sanitizeNotes(html: string, baseUrl: string, topics: readonly string[] = []): string {
  const clean = getPurifier().sanitize(html, {
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
    ],
    FORBID_ATTR: ['style', 'class', 'id', 'srcset', 'formaction', 'action'],
    ALLOW_DATA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  });
  for (const element of clean.querySelectorAll<HTMLElement>('a[href], img[src]')) {
    const attribute = element.tagName === 'A' ? 'href' : 'src';
    try {
      const resolved = new URL(element.getAttribute(attribute)!, baseUrl);
      if (/^(https?|mailto|tel):$/.test(resolved.protocol)) element.setAttribute(attribute, resolved.href);
      else element.removeAttribute(attribute);
    } catch {
      element.removeAttribute(attribute);
    }
  }
  removeTopicList(clean, topics);
  const container = document.createElement('div');
  container.append(clean);
  return container.innerHTML;
}
