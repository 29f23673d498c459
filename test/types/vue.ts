// <podcast-episode> as Vue's tools see it (GlobalComponents), through `h()` with the registered component type.
// Checked, never run.
import { h, type GlobalComponents } from 'vue';
import 'podcast-episode';

type PodcastEpisodeComponent = GlobalComponents['podcast-episode'];
declare const component: PodcastEpisodeComponent;

export const latest = h(component, { feed: '/feed.xml', episode: 'latest', class: 'episode', id: 'player' });
// @ts-expect-error theme is light, dark or auto
export const wrong = h(component, { feed: '/feed.xml', theme: 'blue' });

type Emit = InstanceType<PodcastEpisodeComponent>['$emit'];
declare const emit: Emit;
emit('episode-change', new CustomEvent('episode-change', { detail: { podcast: {} as never, episode: {} as never } }));
// @ts-expect-error `error` carries an ErrorDetail
emit('error', new CustomEvent('error', { detail: { nope: true } }));
