/**
 * `cssProps({...})`: sets CSS properties on an element through the CSSOM (`style.setProperty`), every render.
 *
 * Lit's `styleMap` writes its first render as a `style="…"` attribute string, which a page whose
 * Content-Security-Policy has `style-src` without `'unsafe-inline'` blocks, so the seek slider would show no
 * progress. Properties set through the CSSOM are not inline styles in CSP's sense and always apply.
 * Use it in element position: `<div ${cssProps({ '--progress': '40%' })}>`.
 */
import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** Property name (dash-case, custom properties included) → value; null or undefined removes the property. */
export type CssProps = Readonly<Record<string, string | number | null | undefined>>;

class CssPropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('cssProps() belongs in element position');
  }

  render(_props: CssProps): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [props]: [CssProps]): typeof nothing {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) {
      if (props[name] == null) {
        style.removeProperty(name);
        this.previous.delete(name);
      }
    }
    for (const [name, value] of Object.entries(props)) {
      if (value == null) continue;
      style.setProperty(name, String(value));
      this.previous.add(name);
    }
    return nothing;
  }
}

export const cssProps = directive(CssPropsDirective);
