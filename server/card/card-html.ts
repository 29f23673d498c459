/**
 * The email card as HTML that mail clients render alike (rules from caniemail.com, listed in the README under
 * "The email card"): nested tables for layout, every style inline, widths as attributes too, no `<style>`,
 * flex, grid, position, custom properties, web fonts or SVG. 600 px at most, fluid down to 320 px: the outer
 * table is `width:100%` with `max-width:600px` (Outlook for Windows honours max-width only on tables; its
 * conditional "ghost" table holds it at 600). The button is a link styled as one, with a VML `roundrect` for
 * Outlook for Windows, which ignores padding on links and border-radius. Colours are explicit on every cell and
 * text, dark on light with contrast ≥ 4.5:1, so that clients which invert colours in dark mode (Gmail apps,
 * Outlook) have whole colour pairs to invert. Every feed string goes through `html` (escaped); `raw` is used only
 * for Outlook's conditional comments, whose text is ours apart from the escaped link.
 */
import { html, raw } from 'hono/html';
import type { CardData } from './card-model.js';
import { isRightToLeft } from '../../src/i18n/direction.js';

/** The colours, named for what they paint. Dark on light: each text colour has ≥ 4.5:1 on `card`. */
const COLOR = {
  page: '#f3f4f6',
  card: '#ffffff',
  border: '#d1d5db',
  title: '#111827',
  text: '#1f2937',
  muted: '#4b5563',
  button: '#1d4ed8',
  buttonText: '#ffffff',
} as const;

const FONT = '-apple-system,BlinkMacSystemFont,Segoe UI,Roboto,Helvetica,Arial,sans-serif';
const ART = 88;
const BUTTON = { width: 148, height: 44 };

/** Long unbroken words (URLs in titles) must wrap at 320 px; Outlook for Windows ignores these, harmlessly. */
const WRAP = 'word-break:break-word;overflow-wrap:anywhere;';

type Markup = ReturnType<typeof html>;

function textStyle(size: number, lineHeight: number, color: string, extra = ''): string {
  return `margin:0;font-family:${FONT};font-size:${size}px;line-height:${lineHeight}px;mso-line-height-rule:exactly;color:${color};${WRAP}${extra}`;
}

function artworkCell(card: CardData): Markup {
  if (!card.artwork) return html``;
  return html`<td width="${ART}" valign="top" style="width:${ART}px;padding:0 14px 0 0;">
    <a href="${card.listenUrl}" target="_blank" style="text-decoration:none;"
      ><img
        src="${card.artwork}"
        width="${ART}"
        height="${ART}"
        alt="${card.artworkAlt}"
        style="display:block;width:${ART}px;height:${ART}px;border:0;border-radius:8px;background-color:${COLOR.page};font-family:${FONT};font-size:12px;line-height:16px;color:${COLOR.muted};"
    /></a>
  </td>`;
}

function metaLine(card: CardData): string {
  return [card.date, card.length].filter(Boolean).join(' · ');
}

function topicsLine(card: CardData): Markup {
  if (card.topics.length === 0) return html``;
  return html`<tr>
    <td style="padding:10px 0 0 0;">
      <p dir="auto" style="${textStyle(13, 20, COLOR.muted)}">
        <span style="font-weight:bold;color:${COLOR.text};">${card.words.topics}:</span> ${card.topics.join(' · ')}
      </p>
    </td>
  </tr>`;
}

/** The link styled as a button; Outlook for Windows draws the VML round rectangle instead. */
function button(card: CardData): Markup {
  const label = card.words.listen;
  // One line, as Outlook reads it: a formatter must not break the conditional comment apart.
  // prettier-ignore
  const vml = html`<!--[if mso]><v:roundrect xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w="urn:schemas-microsoft-com:office:word" href="${card.listenUrl}" style="height:${BUTTON.height}px;v-text-anchor:middle;width:${BUTTON.width}px;" arcsize="14%" stroke="f" fillcolor="${COLOR.button}"><w:anchorlock/><center style="color:${COLOR.buttonText};font-family:Arial,sans-serif;font-size:16px;font-weight:bold;">${label}</center></v:roundrect><![endif]-->`;
  return html`<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="border-collapse:separate;">
    <tr>
      <td align="center" bgcolor="${COLOR.button}" style="border-radius:6px;background-color:${COLOR.button};">
        ${raw(vml)}${raw('<!--[if !mso]><!-->')}<a
          href="${card.listenUrl}"
          target="_blank"
          style="display:inline-block;min-width:${BUTTON.width - 44}px;padding:12px 22px;font-family:${FONT};font-size:16px;line-height:20px;font-weight:bold;color:${COLOR.buttonText};text-decoration:none;text-align:center;border-radius:6px;background-color:${COLOR.button};"
          >${label}</a
        >${raw('<!--<![endif]-->')}
      </td>
    </tr>
  </table>`;
}

/** The card alone, to paste into a newsletter's HTML block. */
export function cardFragment(card: CardData): string {
  const meta = metaLine(card);
  const lang = card.language ?? '';
  // prettier-ignore
  const markup = html`<!-- podcast-episode card -->
    <!--[if mso]><table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->
    <table
      role="presentation"
      width="100%"
      cellpadding="0"
      cellspacing="0"
      border="0"
      bgcolor="${COLOR.card}"
      ${lang ? html`lang="${lang}"` : ''}
      ${isRightToLeft(lang) ? html`dir="rtl"` : ''}
      style="width:100%;max-width:600px;border-collapse:separate;background-color:${COLOR.card};border:1px solid ${COLOR.border};border-radius:12px;"
    >
      <tr>
        <td style="padding:16px;background-color:${COLOR.card};">
          <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;">
            <tr>
              ${artworkCell(card)}
              <td valign="top" style="padding:0;">
                <p dir="auto" style="${textStyle(13, 18, COLOR.muted, 'font-weight:bold;')}">${card.show}</p>
                <p dir="auto" style="${textStyle(18, 24, COLOR.title, 'margin:2px 0 0 0;font-weight:bold;')}">
                  <a href="${card.listenUrl}" target="_blank" style="color:${COLOR.title};text-decoration:none;"
                    >${card.title}</a
                  >
                </p>
                ${meta ? html`<p style="${textStyle(13, 18, COLOR.muted, 'margin:4px 0 0 0;')}">${meta}</p>` : ''}
              </td>
            </tr>
          </table>
          <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;">
            ${
              card.summary
                ? html`<tr>
                    <td style="padding:12px 0 0 0;">
                      <p dir="auto" style="${textStyle(15, 22, COLOR.text)}">${card.summary}</p>
                    </td>
                  </tr>`
                : ''
            }
            ${topicsLine(card)}
            <tr>
              <td style="padding:16px 0 0 0;">${button(card)}</td>
            </tr>
          </table>
        </td>
      </tr>
    </table>
    <!--[if mso]></td></tr></table><![endif]-->
    <!-- /podcast-episode card -->`;
  // Flush left: the indentation above is for reading this file, not for a newsletter's HTML block.
  return markup.toString().replace(/^[ \t]+/gm, '');
}

/**
 * The card as a whole document: what `/card?format=html` serves and a preview frame shows. It declares a light
 * colour scheme: Apple Mail and Chromium then leave its explicit colours alone, and clients that force dark mode
 * anyway invert whole colour pairs.
 */
export function cardDocument(card: CardData): string {
  const page = html`<!doctype html>
    <html lang="${card.language ?? 'en'}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <meta name="supported-color-schemes" content="light" />
        <title>${card.title} · ${card.show}</title>
      </head>
      <body style="margin:0;padding:12px;background-color:${COLOR.page};">
        ${raw(cardFragment(card))}
      </body>
    </html> `;
  return page.toString();
}
