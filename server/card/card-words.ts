/**
 * The email card's own two words, in the feed's language: a newsletter's readers read the show's language, and
 * the card has no reader's browser to ask. The widget's interface strings (src/i18n) have no "Listen" (its button
 * says what a press does, "Play"), and its locale chunks are at their 2 KB budget, so the card keeps these here,
 * for the same thirteen languages. Other languages get English.
 */
export interface CardWords {
  /** The button: where the episode is heard. */
  listen: string;
  /** Before the topic list. */
  topics: string;
}

const WORDS: Readonly<Record<string, CardWords>> = {
  en: { listen: 'Listen', topics: 'Topics' },
  de: { listen: 'Anhören', topics: 'Themen' },
  fr: { listen: 'Écouter', topics: 'Sujets' },
  es: { listen: 'Escuchar', topics: 'Temas' },
  pt: { listen: 'Ouvir', topics: 'Temas' },
  it: { listen: 'Ascolta', topics: 'Argomenti' },
  nl: { listen: 'Luisteren', topics: 'Onderwerpen' },
  pl: { listen: 'Słuchaj', topics: 'Tematy' },
  sv: { listen: 'Lyssna', topics: 'Ämnen' },
  ja: { listen: '聴く', topics: 'トピック' },
  zh: { listen: '收听', topics: '主题' },
  ar: { listen: 'استمع', topics: 'المواضيع' },
  he: { listen: 'האזינו', topics: 'נושאים' },
};

/** The words for a BCP 47 tag (`pt-BR`, `de-AT`, `zh-Hans`); Traditional Chinese and unknown tags get English. */
export function cardWords(language: string | undefined): CardWords {
  const tag = (language ?? '').toLowerCase();
  if (/^zh-(hant|tw|hk|mo)\b/.test(tag)) return WORDS.en!;
  return WORDS[tag.split('-')[0]!] ?? WORDS.en!;
}
