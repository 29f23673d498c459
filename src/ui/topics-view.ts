/** The topics the episode covers: all of them, or in the compact card the first few and "+N more". */
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/strings.js';
import type { Topic } from '../feed/model.js';

/** A topic that came from a link keeps it (http(s) only: feed content is untrusted), opening in a new tab. */
function topicLabel(topic: Topic): unknown {
  return topic.url && /^https?:\/\//i.test(topic.url)
    ? html`<a href=${topic.url} target="_blank" rel="noopener noreferrer">${topic.text}</a>`
    : topic.text;
}

export interface TopicsViewOptions {
  /** The section headings' level when the page sets `heading-level` (default: h3). */
  level?: number;
  /** The interface's words. */
  t: Strings;
  /** The feed's language, which the topics are written in. */
  feedLang?: string;
  /** Show this many and a "+N more" button (the compact card); undefined: all. */
  limit?: number;
  expanded?: boolean;
  onToggle?: () => void;
}

export function renderTopics(topics: readonly Topic[], options: TopicsViewOptions): TemplateResult | typeof nothing {
  if (!topics.length) return nothing;
  const { limit, expanded, t } = options;
  // "+1 more" would take the room of the topic itself.
  const cut = limit !== undefined && !expanded && topics.length > limit + 1;
  const shown = cut ? topics.slice(0, limit) : topics;
  const toggle =
    limit !== undefined && topics.length > limit + 1
      ? html`<button
          type="button"
          class="button button--text topics-more"
          aria-expanded=${expanded ? 'true' : 'false'}
          @click=${options.onToggle}
        >
          ${expanded ? t.fewerTopics : t.moreTopics(topics.length - limit)}
        </button>`
      : nothing;
  return html`<section
    part="topics"
    class="section topics-section ${limit !== undefined ? 'topics-section--compact' : ''}"
  >
    <div class="topics-head">
      <h3 class="section-heading" aria-level=${options.level ?? nothing}>${t.topicsHeading}</h3>
      ${toggle}
    </div>
    <ul class="topics" lang=${options.feedLang ?? nothing}>
      ${shown.map((topic) => html`<li dir="auto" title=${cut ? topic.text : nothing}>${topicLabel(topic)}</li>`)}
    </ul>
  </section>`;
}
