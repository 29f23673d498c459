/**
 * Every sentence the widget shows, in one place so a translation is one file.
 * English, shipped in the main module; the other languages are in locales/ and load only for readers who need
 * them (see localize.ts). Numbers, durations, dates and lists are formatted with `Intl` in the same language.
 */
export const strings = {
  loading: 'Loading episode…',
  episodeLabel: (episode: number) => `Ep ${episode}`,
  seasonLabel: (season: number) => `S${season}`,
  hostedBy: (names: string) => `Hosted by ${names}`,
  withGuests: (names: string) => `with ${names}`,
  showMore: 'Show more',
  showLess: 'Show less',
  topicsHeading: 'In this episode',
  transcriptHeading: 'Transcript',
  transcriptLink: (format: string) => `Read the transcript (${format})`,
  noTranscript: 'No transcript for this episode yet',
  relatedHeading: 'More episodes like this',
  /** "+7 more" after the first few topics in the compact card. */
  moreTopics: (count: number) => `+${count} more`,
  fewerTopics: 'Fewer topics',
  /** The compact card's buttons, each opening one part of the episode. */
  panelNotes: 'Notes',
  panelChapters: 'Chapters',
  panelTranscript: 'Transcript',
  panelRelated: 'More episodes',
  /** `warning` event messages: optional pieces that failed (the card simply goes on without them). */
  warningArtwork: 'The artwork could not be loaded; the show’s initials are drawn instead.',
  play: 'Play',
  pause: 'Pause',
  playEpisode: (title: string) => `Play episode: ${title}`,
  pauseEpisode: (title: string) => `Pause episode: ${title}`,
  back: (seconds: number) => `Back ${seconds} seconds`,
  forward: (seconds: number) => `Forward ${seconds} seconds`,
  seek: 'Seek',
  speed: 'Playback speed',
  volume: 'Volume',
  mute: 'Mute',
  unmute: 'Unmute',
  nowPlaying: 'Now playing',
  remaining: 'remaining',
  download: 'Download episode',
  audioError: 'This episode’s audio could not be played.',
  noAudio: 'This episode has no audio file.',
  errorTitle: 'This episode could not be shown',
  errorNoFeed: 'No feed given. Add the feed’s address: <podcast-episode feed="https://example.com/feed.xml">.',
  errorNetwork: 'The feed could not be reached. Check the address and your connection, then reload the page.',
  errorTooSlow: 'The feed’s server is too slow: the feed did not arrive in time. Try again later.',
  errorCut: 'The feed arrived incomplete: the connection ended before the whole file came. Try again.',
  errorTooLarge: 'The feed is too large to show here.',
  errorParseTimeout: 'Reading this feed took too long: the file may be damaged or built to stall readers.',
  errorCors: (host: string) =>
    `The feed’s server (${host}) does not allow other sites to read it. Ask the host to send CORS headers, or set the proxy attribute to a CORS proxy: proxy="https://proxy.example/?url={url}".`,
  errorHttp: (status: number) =>
    status === 404
      ? 'The feed was not found (HTTP 404). Check the feed address.'
      : `The feed’s server answered with an error (HTTP ${status}).`,
  retry: 'Try again',
  /** Said instead of the reader-facing detail when the interface is not English (the detail is in English). */
  errorNotAFeed: 'The address did not return a podcast feed (RSS or Atom).',
  errorMalformed: 'The feed’s XML is broken beyond repair.',
  errorEmptyFeed: 'This feed has no episodes yet.',
  errorEpisodeNotFound: (wanted: string) => `This feed has no episode “${wanted}”.`,

  // Player (keyboard, memory, sharing, failure)
  /** A length in words for screen readers: "4 minutes 10 seconds", "1 hour 2 minutes". */
  spokenDuration: (hours: number, minutes: number, seconds: number) =>
    [
      hours ? `${hours} hour${hours === 1 ? '' : 's'}` : '',
      minutes ? `${minutes} minute${minutes === 1 ? '' : 's'}` : '',
      seconds || (!hours && !minutes) ? `${seconds} second${seconds === 1 ? '' : 's'}` : '',
    ]
      .filter(Boolean)
      .join(' '),
  /** The seek slider's value in words: "4 minutes 10 seconds of 31 minutes". */
  positionOf: (position: string, duration: string) => `${position} of ${duration}`,
  buffering: 'Loading audio…',
  reconnecting: 'Connection lost. Reconnecting…',
  audioConnectionLost: 'The connection to this episode’s audio was lost.',
  tryAgain: 'Try again',
  cannotSeek: 'This episode’s server does not let the player jump to another place.',
  cannotStartThere: (time: string) =>
    `This episode’s server does not let the player start at ${time}, so it plays from the beginning.`,
  resumeAt: (time: string) => `Resume at ${time}`,
  startOver: 'Start over',
  played: 'Played',
  share: 'Share',
  shareAt: (time: string) => `Share a link to ${time}`,
  linkCopied: 'Link copied',
  copyLinkByHand: 'Copy this link:',
  previousChapter: 'Previous chapter',
  nextChapter: 'Next chapter',
  currentChapter: 'Chapter',
  shortcuts: 'Keyboard shortcuts',
  shortcutPlayPause: 'Play or pause',
  shortcutMute: 'Mute or unmute',
  shortcutSpeed: 'Slower or faster',
  shortcutJump: 'Jump to 0 %–90 % of the episode',
  shortcutHelp: 'Show or hide this list',

  // Transcript viewer
  transcriptShow: (format: string) => `Show transcript (${format})`,
  transcriptHide: 'Hide transcript',
  transcriptLoading: 'Loading the transcript…',
  transcriptFailed: 'The transcript could not be loaded',
  transcriptOpenFile: 'Open the transcript file',
  transcriptWarnTrimmed: 'it is too long to show whole, so only its beginning is shown',
  transcriptErrorNetwork: 'Its server could not be reached.',
  transcriptErrorCors: (host: string) => `Its server (${host}) does not allow other sites to read it.`,
  transcriptErrorHttp: (status: number) =>
    status === 404 ? 'The file was not found (HTTP 404).' : `Its server answered with an error (HTTP ${status}).`,
  transcriptEmpty: 'This transcript file has no text the widget can read.',
  transcriptWarnings: (details: string) => `Parts of this transcript file could not be read: ${details}.`,
  transcriptWarnBadTimes: (n: number) =>
    `${n} ${n === 1 ? 'cue has' : 'cues have'} unreadable times and ${n === 1 ? 'is' : 'are'} shown without one`,
  transcriptWarnStrayLines: (n: number) => `${n} ${n === 1 ? 'line' : 'lines'} outside any cue ignored`,
  transcriptWarnJunkLines: (n: number) => `${n} ${n === 1 ? 'line' : 'lines'} of unreadable characters ignored`,
  transcriptWarnNoCues: 'it has no timed cues, so it is shown as plain text',
  transcriptWarnNotText: 'it is not a text file',
  transcriptWarnBrokenJson: (n: number) => `the JSON is broken; ${n} ${n === 1 ? 'segment' : 'segments'} could be read`,
  transcriptWarnNoSegments: 'the JSON has no list of segments',
  transcriptSearch: 'Search the transcript',
  transcriptMatches: (current: number, total: number) => `${current} of ${total}`,
  transcriptNoMatches: 'No matches',
  transcriptPreviousMatch: 'Previous match',
  transcriptNextMatch: 'Next match',
  transcriptBackToCurrent: 'Back to current',
  transcriptText: 'Transcript text',
  transcriptPlayFrom: (time: string) => `Play from ${time}`,
  transcriptUnknownSpeaker: 'Speaker',

  // Chapters
  chaptersHeading: 'Chapters',
  chaptersLoading: 'Loading the chapters…',
  /** The name of a chapter its source gives no title, by its place in the list. */
  untitledChapter: (position: number) => `Chapter ${position}`,
  playFromChapter: (time: string, title: string) => `Play from ${time}: ${title}`,
  chapterLink: (title: string) => `${title}: open link (new tab)`,
  chaptersErrorNetwork: 'The chapters file could not be reached.',
  chaptersErrorCors: (host: string) => `The chapters file’s server (${host}) does not allow other sites to read it.`,
  chaptersErrorHttp: (status: number) =>
    status === 404
      ? 'The chapters file was not found (HTTP 404).'
      : `The chapters file’s server answered with an error (HTTP ${status}).`,
  chaptersErrorMalformed: 'The chapters file could not be read.',
  chaptersErrorEmpty: 'The chapters file lists no chapters.',
  chaptersErrorUnsupported: (type: string) => `The chapters file’s type (${type}) is not one the widget reads.`,
};

/** The shape every translation has: the same keys, the same function signatures. */
export type Strings = typeof strings;
