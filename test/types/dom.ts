// Typed events and elements as a plain TypeScript page sees them (no framework). Checked, never run.
import 'podcast-episode';
import type { Chapter, ErrorCode, EpisodeEventDetail, PodcastEpisodeElement } from 'podcast-episode';

const element = document.querySelector('podcast-episode');
element?.addEventListener('episode-change', (event) => console.log(event.detail.episode.title));
element?.addEventListener('ready', (event) => console.log(event.detail.podcast.title));
element?.addEventListener('error', (event) => {
  const code: ErrorCode = event.detail.code;
  console.log(code, event.detail.message);
});
element?.addEventListener('timeupdate', function () {
  console.log(this.currentTime, this.duration);
});
// Every other event keeps its DOM type, and unknown names still compile.
element?.addEventListener('click', (event) => console.log(event.clientX));
element?.addEventListener('something-else', (event) => console.log(event.type));
// @ts-expect-error `ready` carries { podcast, episode }, not an error's code
element?.addEventListener('ready', (event) => console.log(event.detail.code));

const onChange = (event: CustomEvent<EpisodeEventDetail>) => console.log(event.detail.episode.id);
element?.addEventListener('episode-change', onChange);
element?.removeEventListener('episode-change', onChange);

// `episode-change` bubbles and is composed: an ancestor can listen for it.
document.body.addEventListener('episode-change', (event) => console.log(event.detail.podcast.title));

const transcript = document.querySelector('podcast-episode-transcript');
transcript?.addEventListener('transcript-seek', (event) => console.log(event.detail.time.toFixed(1)));

const created: PodcastEpisodeElement = document.createElement('podcast-episode');
const chapters: Chapter[] = [{ start: 0, title: 'Intro' }];
created.chapters = chapters;
created.feed = '/feed.xml';
void created.play();
