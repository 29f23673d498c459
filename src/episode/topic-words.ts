/**
 * The words topic extraction goes by, per language: what introduces a list of topics, of links, or of asides
 * (sponsors, support, credits...), which list items are asides whatever introduces them, and which chapter names
 * every episode has. Data only, one language per block, so a language is added or checked in one place.
 *
 * Every entry is a regular-expression fragment, matched case-insensitively on whole words (Unicode-aware): `\w*`
 * allows endings, `(?:a|b)` alternatives. Item patterns are matched at the start of an item unless they begin
 * with `.*`.
 */

interface LanguageWords {
  /** A lead-in that says the list after it is what the episode covers. */
  topicLeadIns: string[];
  /** A lead-in that says the list after it is links to what the episode mentions. */
  referenceLeadIns: string[];
  /** A lead-in that says the list after it is about the show, not the episode: never topics. */
  asideLeadIns: string[];
  /** An item that is an aside wherever it stands: sponsor and ad lines, support, social, credits, downloads. */
  asideItems: string[];
  /** Chapter names that say nothing about one episode: intros, outros, greetings, housekeeping. */
  routineChapters: string[];
}

const en: LanguageWords = {
  topicLeadIns: [
    '(?:key )?topics?',
    "(?:in|on) (?:this|today'?s) (?:episode|show)",
    'this (?:episode|week)',
    'we (?:discuss|talk|cover|chat|dig|dive|get into)\\w*',
    'discuss(?:ed|ing)?',
    'what we (?:cover|discuss|talk about)\\w*',
    '(?:covered|discussed) in',
    'show ?notes',
    // Not "agenda" alone: "No Agenda" is a show's name.
    "(?:the |today'?s |our |on the )agenda",
    'agenda(?=\\s*[:：])',
    'highlights',
    'rundown',
    'segments?',
    'outline',
    'timestamps?',
    'chapters?',
  ],
  referenceLeadIns: [
    'links?',
    'resources?',
    'references?',
    'mentioned',
    'sources?',
    '(?:further |recommended )?reading',
    'read more',
    'books?',
    'tools?',
    'picks?',
    'tips?',
    'related',
    'previous(?:ly)?',
    'see also',
    'check out',
    'glossary',
  ],
  asideLeadIns: [
    'news',
    'announcements?',
    'housekeeping',
    'reviews?',
    'feedback',
    'mailbag',
    'errata',
    'giveaways?',
    'contests?',
    'survey',
    'sponsor\\w*',
    'support\\w*',
    'donat\\w*',
    'patreon',
    'patrons?',
    'follow',
    'social',
    'on the (?:web|internet)',
    'find (?:us|me|him|her|them)',
    'connect',
    'subscribe',
    'contact',
    'merch\\w*',
    'credits?',
    'music',
    'thanks?',
    'thank you',
    'advertis\\w*',
    'partners?',
    'promo\\w*',
    'offers?',
    'discount',
    'coupon',
    'listen on',
    'available on',
    'hosts?',
    'hosted by',
    'guests?',
    'panel\\w*',
    'cast',
    'crew',
    '(?:associate |executive )*producers?',
    'produced by',
    'engineering',
    'knights',
    'boost\\w*',
    'value ?(?:for|4) ?value',
  ],
  asideItems: [
    '.*\\b(?:sponsored|brought to you|presented|powered) by\\b',
    '(?:our )?sponsors?\\b',
    '.*\\b(?:promo|coupon|discount|offer) code\\b',
    '.*\\buse (?:the )?code\\b',
    '.*\\b\\d+\\s?% off\\b',
    '.*(?:[$€£]\\s?\\d|\\d\\s?[$€£])',
    '.*\\bfree trial\\b',
    '.*\\baffiliate\\b',
    '.*\\b(?:support|back) (?:the|this|our) (?:show|podcast|work)\\b',
    '.*\\bsupport us\\b',
    '.*\\bbecome a (?:member|patron|supporter)\\b',
    '.*\\bdonat(?:e|ion)',
    '.*\\bpatreon\\b',
    '.*\\bko-?fi\\b',
    '.*\\bbuy (?:us|me) a coffee\\b',
    '.*\\bboost (?:us|the show)\\b',
    '.*\\bvalue ?(?:for|4) ?value\\b',
    '.*\\bv4v\\b',
    '(?:follow|find|join|connect with|like) (?:us|me|him|her|them)\\b',
    '.*\\bon (?:twitter|x|facebook|instagram|mastodon|threads|bluesky|tiktok|youtube|linkedin|twitch|discord|reddit)$',
    '(?:twitter|x|facebook|instagram|mastodon|threads|bluesky|tiktok|youtube|linkedin|twitch|discord|reddit)\\s*[-–—:|]',
    '.*\\b(?:download|subscribe|listen|rate|review us)\\b.*\\b(?:mp3|episode|show|podcast|feed|apple|spotify|itunes)\\b',
    '(?:download|subscribe|rss|podcast feed)\\b',
    '.*\\bnewsletter\\b',
    '.*\\bmerch(?:andise)?\\b',
    '(?:executive |associate |co-?)*(?:producers?|produced by|produc(?:tion|er) by)\\b',
    '(?:hosted by|hosts?|co-?hosts?|guests?|featuring|with guests?)\\s*[:–—-]',
    '(?:art(?:work)? by|cover art|music(?: by)?|theme music|edited by|editing|mixed by|engineer(?:ed|ing)?(?: by)?|audio by|recorded (?:at|by)|transcri(?:bed|pt) by)\\b',
    '(?:credits|special thanks|thanks to)\\b',
    '.*\\blast modified\\b',
    '.*\\bcreated with\\b',
    '.*\\ball rights reserved\\b',
    '.*\\bcopyright\\b',
    '.*\\bprivacy (?:policy|information)\\b',
    '.*\\b(?:see|visit) (?:omny|megaphone|acast)\\.',
    '.*\\bad ?choices\\b',
    '.*\\bhear (?:this|the) (?:episode|show) ad[- ]free\\b',
  ],
  routineChapters: [
    '(?:(?:cre|show|the|podcast|episode)\\s+)?(?:intro(?:duction)?|outro|opening|closing|start|end|pre-?roll|post-?roll|pre-?show|post-?show|mid-?roll|cold open)',
    '(?:ads?|ad break|sponsors?|sponsor break|sponsor(?:ed by)?\\b.*|advert\\w*|promo)',
    '(?:welcome(?: back)?|hello|goodbye|wrap-?up|sign-?off|farewell)',
    '(?:house ?keeping|announcements?|news|feedback|listener (?:mail|feedback|questions)|mailbag|q ?& ?a)',
    '(?:picks?(?: of the week)?|credits|thanks|thank you|support(?: the show| us)?|donations?|boost(?:s|agrams?)?|value for value|v4v)',
    // The name the element gives an untitled chapter (i18n/strings.ts, untitledChapter).
    'chapter \\d+',
  ],
};

const de: LanguageWords = {
  topicLeadIns: ['themen', 'inhalt', 'in dieser (?:folge|episode|sendung)', 'heute', 'wir (?:sprechen|reden) über'],
  referenceLeadIns: [
    'links?',
    'weblinks?',
    'quellen',
    'literatur',
    'erwähnt',
    'verweise',
    'shownotes? ?links',
    'glossar',
  ],
  asideLeadIns: [
    'unterstütz\\w*',
    'spenden?',
    'sponsoren?',
    'werbung',
    'anzeige',
    'folgt? uns',
    'mitwirkende',
    'besetzung',
    'gäste',
    'abonnieren',
    'kontakt',
    'danke',
  ],
  asideItems: [
    '.*\\b(?:präsentiert|unterstützt|gesponsert|gefördert) (?:von|durch)\\b',
    '.*\\bunterstütz(?:e|t|en)? (?:uns|den podcast|die sendung)\\b',
    '.*\\bspenden?\\b',
    '.*\\bsteady\\b',
    '.*\\bgutschein(?:code)?\\b',
    '(?:werbung|anzeige)\\b',
    '(?:folgt?|folge) (?:uns|mir)\\b',
    '.*\\babonnier(?:e|t|en)\\b',
    '.*\\bherunterladen\\b',
    '(?:moderation|produktion|redaktion|schnitt|musik|technik|aufnahme|gast|gäste|mit)\\s*[:–—-]',
    '(?:produziert|geschnitten|aufgenommen) (?:von|bei)\\b',
    '(?:erstellt|veröffentlicht) (?:von|mit)\\b',
    'glossar\\b',
  ],
  routineChapters: [
    '(?:intro|outro|anfang|ende|abschied|verabschiedung|begrüßung|einleitung|vorstellung|vorgeplänkel|ausklang|schluss)(?: und (?:begrüßung|vorstellung|einleitung|abschied|verabschiedung))?',
    '(?:organisatorisches|orga|feedback|hörerfeedback|hörerpost|kommentare|nachrichten|werbung|anzeige|danke|dank)',
  ],
};

const fr: LanguageWords = {
  topicLeadIns: [
    'sujets?',
    'thèmes?',
    'au (?:programme|sommaire)',
    'dans (?:cet|cette) (?:épisode|émission)',
    'on (?:parle|discute) de',
  ],
  referenceLeadIns: ['liens?', 'ressources?', 'références?', 'sources?', 'mentionnés?', 'lectures?'],
  asideLeadIns: [
    'soutenir',
    'soutenez',
    'partenaires?',
    'sponsors?',
    'crédits?',
    'générique',
    'suivez',
    'abonnez',
    'contact',
    'merci',
  ],
  asideItems: [
    '.*\\b(?:sponsorisé|présenté|soutenu|parrainé) par\\b',
    '.*\\bsoutenez(?:-nous)?\\b',
    '.*\\bsoutenir (?:le|ce|notre) (?:podcast|émission)\\b',
    '.*\\bfaire un don\\b',
    '.*\\bcode promo\\b',
    '(?:suivez|retrouvez)(?:-nous| nous)\\b',
    '.*\\babonnez(?:-vous)?\\b',
    '.*\\btéléchargez?\\b',
    '(?:réalisation|production|animation|montage|musique|mixage|présentation|générique|invités?)\\s*[:–—-]',
    '(?:animé|réalisé|produit|monté) par\\b',
  ],
  routineChapters: ['(?:intro(?:duction)?|générique|ouverture|conclusion|fin|au revoir|bonjour|accueil|remerciements)'],
};

const es: LanguageWords = {
  topicLeadIns: [
    'temas?',
    'en (?:este|el) (?:episodio|programa)',
    'hoy (?:hablamos|tratamos)',
    'hablamos de',
    'contenidos?',
    'sumario',
  ],
  referenceLeadIns: ['enlaces?', 'recursos', 'referencias', 'fuentes', 'mencionad[oa]s'],
  asideLeadIns: [
    'patrocin\\w*',
    'apoy\\w*',
    'donaciones',
    'síguenos',
    'suscríbete',
    'créditos',
    'contacto',
    'gracias',
    'invitad[oa]s',
  ],
  asideItems: [
    '.*\\b(?:patrocinado|presentado|ofrecido) por\\b',
    '.*\\b(?:apóyanos|apoya (?:el|este|nuestro) (?:podcast|programa))\\b',
    '.*\\bdon(?:a|ar|ación|aciones)\\b',
    '.*\\bcódigo (?:promocional|de descuento)\\b',
    '(?:síguenos|sigue(?:nos)?)\\b',
    '.*\\bsuscr[ií]bete\\b',
    '.*\\bdescarga(?:r|lo)?\\b',
    '(?:producción|realización|presentación|edición|montaje|música|guion|locución|invitad[oa]s?)\\s*[:–—-]',
    '(?:presentado|producido|dirigido|editado) por\\b',
  ],
  routineChapters: ['(?:intro(?:ducción)?|presentación|bienvenida|saludo|despedida|cierre|final|fin)'],
};

/** Catalan, for the shared feeds' Sèries i Cinema. */
const ca: LanguageWords = {
  topicLeadIns: ['temes?', 'en aquest (?:episodi|programa)', 'parlem de'],
  referenceLeadIns: ['enllaços?', 'recursos', 'referències', 'fonts'],
  asideLeadIns: ['patrocin\\w*', 'suport', 'crèdits', 'segueix-nos', 'subscriu\\w*', 'convidats?'],
  asideItems: [
    '.*\\bpatrocinat per\\b',
    '(?:segueix-nos|subscriu-te)\\b',
    '(?:producció|realització|presentació|música)\\s*[:–—-]',
  ],
  routineChapters: ['(?:intro(?:ducció)?|presentació|benvinguda|salutació|comiat|tancament)'],
};

/** Every language's words. Order does not matter: a word of any language counts in any feed. */
export const LANGUAGES: readonly LanguageWords[] = [en, de, fr, es, ca];

/** The fragments of one kind, from every language. */
export function wordsOf(kind: keyof LanguageWords): string[] {
  return LANGUAGES.flatMap((language) => language[kind]);
}
