// The twelve translations: every key present, nothing left in English, every sentence built for sample numbers,
// plural and dual forms as each language says them, and right-to-left text in Arabic and Hebrew.
import { expect } from '@esm-bundle/chai';
import { strings, type Strings } from '../../src/i18n/strings.js';
import ar from '../../src/i18n/locales/ar.js';
import de from '../../src/i18n/locales/de.js';
import es from '../../src/i18n/locales/es.js';
import fr from '../../src/i18n/locales/fr.js';
import he from '../../src/i18n/locales/he.js';
import italian from '../../src/i18n/locales/it.js';
import ja from '../../src/i18n/locales/ja.js';
import nl from '../../src/i18n/locales/nl.js';
import pl from '../../src/i18n/locales/pl.js';
import ptBR from '../../src/i18n/locales/pt-BR.js';
import sv from '../../src/i18n/locales/sv.js';
import zh from '../../src/i18n/locales/zh.js';

const LOCALES: Record<string, Strings> = { de, fr, es, 'pt-BR': ptBR, it: italian, nl, pl, sv, ja, zh, ar, he };

/** Keys whose text may equal the English one because the word is the same in that language. */
const SAME_AS_ENGLISH: Record<string, string[]> = {
  de: ['pause'],
  fr: ['pause', 'volume', 'panelNotes', 'seasonLabel'],
  'pt-BR': ['volume'],
  it: ['volume'],
  nl: ['volume', 'seasonLabel'],
  sv: ['seasonLabel'],
};

const SAMPLES = [0, 1, 2, 5, 21, 100];
/** Words that only an untranslated English sentence would contain. */
const ENGLISH_WORDS = /\b(the|could|does|cannot|loading|hosted|played|seconds?|hours?)\b/i;
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;

type Entry = string | ((...args: number[]) => string);

/** Every text an entry can produce: the string itself, or the function's result for each sample argument. */
function texts(entry: Entry): string[] {
  return typeof entry === 'string' ? [entry] : SAMPLES.map((n) => entry(n, n, n));
}

for (const [code, locale] of Object.entries(LOCALES)) {
  describe(`locale ${code}`, () => {
    it('has exactly the English keys, each of the same kind', () => {
      expect(Object.keys(locale).sort()).to.deep.equal(Object.keys(strings).sort());
      for (const key of Object.keys(strings) as (keyof Strings)[]) {
        expect(typeof locale[key], key).to.equal(typeof strings[key]);
      }
    });

    it('translates every entry (only the listed ones may match English)', () => {
      const same = (Object.keys(strings) as (keyof Strings)[]).filter(
        (key) => texts(locale[key] as Entry).join('\n') === texts(strings[key] as Entry).join('\n'),
      );
      expect(same.sort()).to.deep.equal([...(SAME_AS_ENGLISH[code] ?? [])].sort());
    });

    it('builds a non-empty sentence for every sample, with no English words or holes', () => {
      for (const key of Object.keys(strings) as (keyof Strings)[]) {
        for (const text of texts(locale[key] as Entry)) {
          expect(text.trim().length, key).to.be.greaterThan(0);
          expect(/undefined|NaN|\[object/.test(text), `${key}: ${text}`).to.equal(false);
          expect(ENGLISH_WORDS.test(text.replace(/<[^>]*>|proxy="[^"]*"/g, '')), `${key}: ${text}`).to.equal(false);
        }
      }
    });

    it('keeps every number it is given', () => {
      for (const key of Object.keys(strings) as (keyof Strings)[]) {
        const entry = locale[key] as Entry;
        if (typeof entry !== 'function' || key === 'errorHttp' || key.endsWith('ErrorHttp')) continue;
        // Arabic and Hebrew say 1 and 2 of a unit in words ("دقيقتان", "שעתיים"), so check with 5 and 21.
        for (const n of [5, 21, 100]) {
          expect(entry(n, n, n).includes(String(n)), `${key}(${n}): ${entry(n, n, n)}`).to.equal(true);
        }
      }
    });

    if (code === 'ar' || code === 'he') {
      it('writes every entry in a right-to-left script', () => {
        for (const key of Object.keys(strings) as (keyof Strings)[]) {
          for (const text of texts(locale[key] as Entry)) expect(RTL.test(text), `${key}: ${text}`).to.equal(true);
        }
      });
    }
  });
}

describe('spoken durations and plural forms', () => {
  const cases: [Strings, [number, number, number], string][] = [
    [de, [1, 2, 0], '1 Stunde 2 Minuten'],
    [de, [0, 4, 10], '4 Minuten 10 Sekunden'],
    [fr, [0, 1, 30], '1 minute 30 secondes'],
    [es, [2, 0, 1], '2 horas 1 segundo'],
    [ptBR, [0, 0, 0], '0 segundo'],
    [italian, [1, 1, 1], '1 ora 1 minuto 1 secondo'],
    [nl, [2, 5, 0], '2 uur 5 minuten'],
    [sv, [1, 0, 2], '1 timme 2 sekunder'],
    [pl, [1, 2, 5], '1 godzina 2 minuty 5 sekund'],
    [pl, [0, 22, 12], '22 minuty 12 sekund'],
    [ja, [1, 2, 3], '1時間2分3秒'],
    [zh, [0, 31, 0], '31分钟'],
    [ar, [1, 2, 0], 'ساعة واحدة ودقيقتان'],
    [ar, [0, 3, 11], '3 دقائق و 11 ثانية'],
    [ar, [1, 1, 1], 'ساعة واحدة ودقيقة واحدة وثانية واحدة'],
    [he, [2, 1, 0], 'שעתיים ודקה אחת'],
    [he, [0, 0, 30], '30 שניות'],
    [he, [1, 2, 5], 'שעה אחת, 2 דקות ו־5 שניות'],
  ];
  for (const [locale, [h, m, s], expected] of cases) {
    it(`says ${h} h ${m} min ${s} s as "${expected}"`, () => {
      expect(locale.spokenDuration(h, m, s)).to.equal(expected);
    });
  }

  it('skips with the right number of seconds', () => {
    expect(pl.back(15)).to.equal('Cofnij o 15 sekund');
    expect(pl.forward(2)).to.equal('Przewiń o 2 sekundy');
    expect(ar.back(10)).to.equal('رجوع 10 ثوانٍ');
    expect(ar.forward(30)).to.equal('تقديم 30 ثانية');
    expect(de.back(15)).to.equal('15 Sekunden zurück');
  });
});
