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

/**
 * Sanitises show-notes HTML for display. Relative links and images are resolved against `baseUrl` (the feed's
 * URL), since the page showing the widget is not where the feed's author wrote them.
 */
export function sanitizeNotes(html: string, baseUrl: string): string {
  const clean = getPurifier().sanitize(html, {
    FORBID_TAGS: ['style', 'iframe', 'frame', 'form', 'input', 'button', 'select', 'textarea', 'object', 'embed', 'link', 'meta', 'base', 'svg', 'math', 'video', 'audio', 'source', 'track', 'dialog', 'template', 'slot', 'noscript', 'marquee', 'canvas'],
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
  const container = document.createElement('div');
  container.append(clean);
  return container.innerHTML;
}
