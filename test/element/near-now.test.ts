// A lazy widget already near the screen starts reading as soon as its skeleton is rendered (near-screen.ts
// nearNow), without waiting a frame for the IntersectionObserver; hidden widgets and far ones wait for it. Real
// layout, no widget: the judgement alone. The module's state (once one is far, the observer judges the rest) is
// per page, so the far case comes last.
import { expect } from '@esm-bundle/chai';
import { nearNow } from '../../src/element/near-screen.js';

function box(parent: HTMLElement = document.body, css = 'height: 200px'): HTMLElement {
  const element = document.createElement('div');
  element.style.cssText = css;
  parent.append(element);
  return element;
}

afterEach(() => window.scrollTo(0, 0));

describe('nearNow: is a widget near the screen, judged at once', () => {
  it('a box on the screen is near; a box within two viewports below is near too', () => {
    const article = box(document.body, '');
    const onScreen = box(article);
    box(article, `height: ${Math.round(innerHeight * 1.5)}px`);
    const below = box(article);
    expect(nearNow(onScreen), 'on the screen').to.equal(true);
    expect(below.getBoundingClientRect().top, 'placed below the screen').to.be.greaterThan(innerHeight);
    expect(nearNow(below), 'one and a half viewports down').to.equal(true);
    article.remove();
  });

  it('a hidden box (display: none) or one in a closed <details> is not, though in the page at the top', () => {
    const hidden = box(box(document.body, 'display: none'));
    const details = document.createElement('details');
    details.innerHTML = '<summary>Listen</summary>';
    document.body.prepend(details);
    const folded = box(details);
    expect(nearNow(hidden), 'display: none').to.equal(false);
    expect(nearNow(folded), 'closed details').to.equal(false);
    details.open = true;
    expect(nearNow(folded), 'the same details, opened').to.equal(true);
    details.remove();
    hidden.parentElement!.remove();
  });

  it('a box far below is not, and once one was far the observer judges every later one', () => {
    const article = box(document.body, '');
    box(article, `height: ${innerHeight * 5}px`);
    const far = box(article);
    const top = box(document.body, 'position: fixed; top: 0; height: 50px; width: 50px');
    expect(nearNow(far), 'five viewports down').to.equal(false);
    expect(nearNow(top), 'on the screen, after a far one').to.equal(false);
    article.remove();
    top.remove();
  });
});
