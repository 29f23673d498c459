/** The header: artwork, show, episode label, title, date, length and host (and guests). */
import { html, nothing, type TemplateResult } from 'lit';
import type { Episode, Podcast } from '../feed/model.js';
import { formatDate, formatDuration } from '../episode/format.js';
import { episodeLabel, guestLine, hostLine } from './episode-labels.js';

/** `lang`: the language dates are written in. */
export function renderHeader(episode: Episode, podcast: Podcast, lang: string): TemplateResult {
  const meta = [
    episodeLabel(episode),
    episode.published ? formatDate(episode.published, lang) : '',
    episode.duration !== undefined ? formatDuration(episode.duration) : '',
  ].filter(Boolean);
  const people = [hostLine(episode, podcast), guestLine(episode)].filter(Boolean).join(' ');
  const image = episode.image ?? podcast.image;
  return html`<header part="header" class="header">
    ${
      image
        ? html`<img
            part="artwork"
            class="artwork"
            src=${image}
            alt=""
            loading="lazy"
            decoding="async"
            width="160"
            height="160"
          />`
        : html`<div part="artwork" class="artwork artwork--blank" aria-hidden="true">${podcast.title.slice(0, 1)}</div>`
    }
    <div class="heading">
      ${
        podcast.link
          ? html`<a part="show" class="show" href=${podcast.link} target="_blank" rel="noopener noreferrer" dir="auto"
              >${podcast.title}</a
            >`
          : html`<span part="show" class="show" dir="auto">${podcast.title}</span>`
      }
      <h2 part="title" class="title" tabindex="-1" dir="auto">${episode.title}</h2>
      <p part="meta" class="meta">
        ${meta.map(
          (item, i) => html`${i ? html`<span class="dot" aria-hidden="true">·</span>` : nothing}<span>${item}</span>`,
        )}
      </p>
      ${people ? html`<p part="host" class="host" dir="auto">${people}</p>` : nothing}
    </div>
  </header>`;
}
