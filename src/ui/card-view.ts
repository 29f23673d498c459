/**
 * The card: the views composed in the layout's order. `full` (the episode page): header, topics, player, notes,
 * chapters, transcript, related, all open. `compact` (the default): header, player, the first topics, and a row of
 * buttons opening one section at a time. Each section is built only where it is shown.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Episode, Podcast, Topic } from '../feed/model.js';
import type { Chapter } from '../chapters/model.js';
import type { Section } from '../element/sections.js';
import type { Strings } from '../i18n/strings.js';
import type { PlayerRequests, PlayerStore } from '../player/player-store.js';
import { chapterIndexAt } from '../chapters/chapter-at.js';
import type { ChaptersViewOptions } from './chapters-view.js';
import { renderHeader } from './header-view.js';
import { renderNotes } from './notes-view.js';
import { renderPanel, renderPanelBar, type PanelButton } from './panels-view.js';
import { renderPlayer } from './player-view.js';
import { renderRelated } from './related-view.js';
import { renderTopics } from './topics-view.js';
import { renderTranscript } from './transcript-section.js';
import { watchStore } from './watch-store.js';

/** Everything the card shows and every action it offers, as the element hands them over. */
export interface CardView {
  podcast: Podcast;
  episode: Episode;
  t: Strings;
  /** The interface language. */
  lang: string;
  layout: 'compact' | 'full';
  cardClass: string;
  /** The episode title's heading level (sections one below). */
  titleLevel: number;
  sections: ReadonlySet<Section>;
  topics: readonly Topic[];
  related: readonly Episode[];
  /** The compact card offers Chapters (before the chapters file has arrived, when the feed names one). */
  offersChapters: boolean;
  /** Makes ids unique on a page with several widgets. */
  idPrefix: string;
  store: PlayerStore;
  player: PlayerRequests;
  notes: { safeHtml: () => string | undefined; overflow: boolean; expanded: boolean; toggle: () => void };
  /** The chapter list's view (it arrives with the chapters chunk; nothing until then). */
  renderChapters: (chapters: readonly Chapter[], options: ChaptersViewOptions) => unknown;
  transcript: { viewerReady: boolean; language?: string; proxy: string };
  openPanel?: Section;
  topicsExpanded: boolean;
  failedArtwork?: string;
  playFrom: (seconds: number) => void;
  pickRelated: (episode: Episode) => void;
  togglePanel: (id: Section) => void;
  closePanel: () => void;
  toggleTopics: () => void;
  artworkFailed: (url: string) => void;
}

export function renderCard(card: CardView): TemplateResult {
  const { podcast, episode, t, lang, store, sections } = card;
  const full = card.layout === 'full';
  const feedLang = podcast.language;
  // aria-level only where the page asked for another level: the elements are h2 and h3 already.
  const level = card.titleLevel === 2 ? undefined : card.titleLevel + 1;
  const hasNotes = sections.has('summary') && episode.notesHtml.trim() !== '';
  const hasChapters = sections.has('chapters') && store.state.chapters.length > 0;

  const notes = () =>
    renderNotes({
      t,
      feedLang,
      safeHtml: card.notes.safeHtml(),
      text: episode.notesText,
      overflow: card.notes.overflow,
      expanded: card.notes.expanded,
      onToggle: card.notes.toggle,
    });
  const chapters = () =>
    watchStore(
      store,
      // Re-rendered when the chapter playing changes, not with every tick. Before the first play nothing is
      // marked: the first chapter is not "playing" on a page load.
      (s) => [s.chapters, s.paused && s.currentTime === 0 ? -1 : chapterIndexAt(s.chapters, s.currentTime)],
      (s) =>
        s.chapters.length
          ? card.renderChapters(s.chapters, {
              t,
              level,
              currentTime: !s.paused || s.currentTime > 0 ? s.currentTime : undefined,
              onSeek: card.playFrom,
              lang: feedLang,
            })
          : full
            ? nothing
            : html`<p class="muted" role="status">${t.chaptersLoading}</p>`,
    );
  const transcript = () =>
    renderTranscript(episode, {
      t,
      level,
      viewerReady: card.transcript.viewerReady,
      language: card.transcript.language,
      feedLanguage: feedLang,
      proxy: card.transcript.proxy,
      store,
      onSeek: card.playFrom,
    });
  const related = () =>
    watchStore(
      store,
      (s) => [s.playedGuids],
      (s) => renderRelated(card.related, { t, level, feedLang, played: s.playedGuids, lang, onPick: card.pickRelated }),
    );
  const player = episode.enclosure
    ? watchStore(
        store,
        (s) => [s],
        (s) => renderPlayer(s, card.player, { title: episode.title, downloadUrl: episode.enclosure!.url, t, lang }),
      )
    : html`<p class="no-audio" part="player">${t.noAudio}</p>`;
  const header = renderHeader(episode, podcast, {
    t,
    level: card.titleLevel === 2 ? undefined : card.titleLevel,
    lang,
    layout: card.layout,
    failedArtwork: card.failedArtwork,
    onArtworkError: card.artworkFailed,
  });

  if (full) {
    return html`<article part="card" class=${card.cardClass} lang=${lang} aria-label=${episode.title}>
      ${header} ${renderTopics(card.topics, { t, feedLang, level })} ${player} ${hasNotes ? notes() : nothing}
      ${hasChapters ? chapters() : nothing} ${sections.has('transcript') ? transcript() : nothing}
      ${card.related.length ? related() : nothing}
    </article>`;
  }

  const panels: (PanelButton & { body: () => unknown })[] = [];
  if (hasNotes) panels.push({ id: 'summary', label: t.panelNotes, body: notes });
  if (card.offersChapters) panels.push({ id: 'chapters', label: t.panelChapters, body: chapters });
  if (sections.has('transcript')) panels.push({ id: 'transcript', label: t.panelTranscript, body: transcript });
  if (card.related.length) panels.push({ id: 'related', label: t.panelRelated, body: related });
  const open = panels.find((panel) => panel.id === card.openPanel);
  return html`<article part="card" class=${card.cardClass} lang=${lang} aria-label=${episode.title}>
    ${header} ${player}
    ${renderTopics(card.topics, {
      t,
      feedLang,
      level,
      limit: 3,
      expanded: card.topicsExpanded,
      onToggle: card.toggleTopics,
    })}
    ${renderPanelBar(panels, { open: open?.id, onToggle: card.togglePanel, idPrefix: card.idPrefix })}
    ${
      open
        ? // Named with the episode, so two widgets on a page do not both hold a region called "Notes".
          renderPanel(open.id, `${open.label}: ${episode.title}`, card.idPrefix, open.body(), card.closePanel)
        : nothing
    }
  </article>`;
}
