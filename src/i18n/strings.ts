/**
 * Every sentence the widget shows, in one place so a translation is one file.
 * Dates and numbers are formatted with `Intl` in the element's language; these words are English for now.
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
  errorCors: (host: string) =>
    `The feed’s server (${host}) does not allow other sites to read it. Ask the host to send CORS headers, or set the proxy attribute to a CORS proxy: proxy="https://proxy.example/?url={url}".`,
  errorHttp: (status: number) =>
    status === 404 ? 'The feed was not found (HTTP 404). Check the feed address.' : `The feed’s server answered with an error (HTTP ${status}).`,
  retry: 'Try again',

  // Player (keyboard, memory, sharing, failure)

  // Transcript viewer

  // Chapters
};
