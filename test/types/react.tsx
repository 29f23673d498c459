// <podcast-episode> in a React 19 component, as a Next.js or Vite app writes it. Checked, never run.
import { useEffect, useRef } from 'react';
import 'podcast-episode';
import type { Chapter, EpisodeEventDetail, PodcastEpisodeElement } from 'podcast-episode';

export function Latest() {
  return <podcast-episode feed="/feed.xml" episode="latest" />;
}

export function WithEverything({ chapters }: { chapters: Chapter[] }) {
  const ref = useRef<PodcastEpisodeElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const onChange = (event: CustomEvent<{ episode: { title: string } }>) => console.log(event.detail.episode.title);
    element.addEventListener('episode-change', onChange);
    return () => element.removeEventListener('episode-change', onChange);
  }, []);
  return (
    <podcast-episode
      ref={ref}
      id="player"
      className="episode"
      style={{ maxWidth: 640 }}
      feed="/feed.xml"
      episode="S2E5"
      related={2}
      theme="dark"
      start="1:23"
      language="de"
      chapters={chapters}
      onready={(event) => console.log(event.detail.episode.title)}
      onepisode-change={(event) => console.log(event.detail.podcast.title)}
      onerror={(event) => console.log(event.detail.code)}
      ontimeupdate={(event) => console.log(event.type)}
    />
  );
}

export function Wrong() {
  return (
    <>
      {/* @ts-expect-error theme is light, dark or auto */}
      <podcast-episode feed="/feed.xml" theme="blue" />
      {/* @ts-expect-error no such attribute */}
      <podcast-episode feeed="/feed.xml" />
    </>
  );
}

// The README's Next.js example, as written there.
export function Episode({ feed, chapters }: { feed: string; chapters?: Chapter[] }) {
  const ref = useRef<PodcastEpisodeElement>(null);
  useEffect(() => {
    void import('podcast-episode'); // registers <podcast-episode>; never runs on the server
    const element = ref.current!;
    element.chapters = chapters;
    const onChange = (event: CustomEvent<EpisodeEventDetail>) => console.log(event.detail.episode.title);
    element.addEventListener('episode-change', onChange);
    return () => element.removeEventListener('episode-change', onChange);
  }, [chapters]);
  return <podcast-episode ref={ref} feed={feed} episode="latest" />;
}
