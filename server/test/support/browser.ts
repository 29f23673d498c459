/**
 * Headless Debian Chromium (puppeteer-core) for the server's browser tests: the email card's rendering and the
 * embed builder; loopback only (scripts/lib/chromium.mjs), so feeds naming public artwork never reach the network.
 */
import type { Browser, Page } from 'puppeteer-core';
// @ts-expect-error: a plain .mjs helper without types
import { launchChromium } from '../../../scripts/lib/chromium.mjs';

export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

/**
 * A new page where functions handed to `evaluate` run as written: tsx (which runs these tests) wraps named
 * functions in a `__name(…)` helper that exists only in Node, so the page gets a no-op one.
 */
export async function newPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn;');
  await page.evaluate('globalThis.__name = (fn) => fn;');
  return page;
}

/** WCAG 2 contrast ratio of two sRGB colours given as [r, g, b] 0–255. */
export function contrastRatio(a: number[], b: number[]): number {
  const luminance = ([r, g, b]: number[]) => {
    const linear = (c: number) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

export interface MeasuredContrast {
  background: number[];
  text: number[];
  ratio: number;
}

/**
 * The contrast of the text in `selector` as it was painted: a screenshot of the element's box (at the page's
 * device scale, so glyph stems have solid pixels), the most frequent colour as the background and the pixel
 * farthest from it as the text. Forced dark modes change pixels, not computed styles: only pixels tell.
 * `lab` is a blank page the pixels are read in (the card's own page runs nothing).
 */
export async function measureContrast(page: Page, lab: Page, selector: string): Promise<MeasuredContrast> {
  const box = await page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x + window.scrollX, y: r.y + window.scrollY, width: r.width, height: r.height };
  });
  if (box.width < 1 || box.height < 1) throw new Error(`${selector} has no box`);
  const png = await page.screenshot({ clip: box, encoding: 'base64', captureBeyondViewport: true });
  const { background, text } = await lab.evaluate(async (data: string) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    const counts = new Map<number, number>();
    for (let i = 0; i < pixels.length; i += 4) {
      const key = (pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const bg = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const rgb = (key: number) => [(key >> 16) & 255, (key >> 8) & 255, key & 255];
    const lum = ([r, g, b]: number[]) => {
      const linear = (c: number) => {
        const s = c / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
    };
    const bgLum = lum(rgb(bg));
    let best = bg;
    let bestDistance = 0;
    for (const key of counts.keys()) {
      // Ignore colours seen in only a pixel or two (anti-aliasing fringes).
      if ((counts.get(key) ?? 0) < 3) continue;
      const distance = Math.abs(lum(rgb(key)) - bgLum);
      if (distance > bestDistance) {
        bestDistance = distance;
        best = key;
      }
    }
    return { background: rgb(bg), text: rgb(best) };
  }, png);
  return { background, text, ratio: contrastRatio(background, text) };
}
