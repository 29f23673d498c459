/**
 * The embed builder's script, run in the reader's browser. The server serves it as `/builder.js` from
 * `builderMain.toString()` (see builder-script.ts), so this function must stay self-contained: no imports, no
 * references to anything outside its body. It talks only to its own server (`/episodes.json`, `/card`) and sets
 * the preview frames' addresses; feed text reaches the page only as text (`textContent`, `value`), never as markup.
 */
export function builderMain(): void {
  interface Item {
    id: string;
    title: string;
    published?: string;
    duration?: number;
    number?: number;
  }
  interface EpisodeList {
    feedUrl: string;
    podcast: { title: string };
    total: number;
    episodes: Item[];
  }
  type Tab = 'script' | 'iframe' | 'email-html' | 'email-text';

  const LATEST: Item = { id: 'latest', title: 'Latest episode (always the newest)' };
  const SHOWN_MAX = 50;
  const ALL_SECTIONS = ['summary', 'topics', 'chapters', 'transcript', 'related'];
  const origin = location.origin;
  /** The widget script the server's own pages load (`data-widget` on <body>), as an absolute URL. */
  const widgetUrl = new URL(document.body.dataset.widget || '/widget/podcast-episode.js', origin).href;
  /** What the embed page posts to its parent as its height changes (server/embed/frame-height-script.ts). */
  const HEIGHT_MESSAGE = 'podcast-episode:height';

  const byId = <T extends HTMLElement>(id: string): T => {
    const el = document.getElementById(id);
    if (!el) throw new Error(`#${id} is missing`);
    return el as T;
  };
  const feedForm = byId<HTMLFormElement>('feed-form');
  const feedInput = byId<HTMLInputElement>('feed');
  const feedStatus = byId<HTMLElement>('feed-status');
  const loadButton = byId<HTMLButtonElement>('load');
  const combo = byId<HTMLInputElement>('episode-input');
  const listbox = byId<HTMLUListElement>('episode-list');
  const episodeStatus = byId<HTMLElement>('episode-status');
  const tabs = [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')];

  const state = {
    feed: '',
    show: '',
    episodes: [] as Item[],
    episode: undefined as Item | undefined,
    layout: 'compact',
    theme: 'auto',
    sections: [...ALL_SECTIONS],
    tab: 'script' as Tab,
    /** Bumped on every change: answers to older requests are dropped. */
    version: 0,
  };
  let shown: Item[] = [];
  /** Bumped for each feed load: only the newest load's answer is used. */
  let loads = 0;
  let active = -1;

  const attr = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

  function setStatus(el: HTMLElement, text: string, error = false): void {
    el.textContent = text;
    el.classList.toggle('error', error);
  }

  function describe(item: Item): string {
    const parts: string[] = [];
    if (item.published) {
      const date = new Date(item.published);
      if (!Number.isNaN(date.getTime()))
        parts.push(date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' }));
    }
    if (item.duration) parts.push(`${Math.max(1, Math.round(item.duration / 60))} min`);
    return parts.join(' · ');
  }

  // ---- Loading the feed's episodes ----

  async function loadFeed(): Promise<void> {
    const feed = feedInput.value.trim();
    if (!/^https?:\/\/\S+$/i.test(feed)) {
      setStatus(feedStatus, 'Paste the address of a podcast feed, starting with https://.', true);
      feedInput.focus();
      return;
    }
    const load = ++loads;
    loadButton.disabled = true;
    setStatus(feedStatus, 'Reading the feed…');
    try {
      const response = await fetch(`${origin}/episodes.json?feed=${encodeURIComponent(feed)}`);
      const body = (await response.json()) as EpisodeList | { message?: string };
      if (load !== loads) return;
      if (!response.ok || !('episodes' in body)) {
        const message = 'message' in body && body.message ? body.message : `The server answered ${response.status}.`;
        setStatus(feedStatus, message, true);
        return;
      }
      state.feed = feed;
      state.show = body.podcast.title;
      state.episodes = body.episodes;
      state.episode = body.episodes[0] ?? LATEST;
      const more = body.total > body.episodes.length ? ` (the newest ${body.episodes.length} listed)` : '';
      setStatus(feedStatus, `${body.podcast.title}: ${body.total} episodes${more}.`);
      combo.disabled = false;
      combo.value = state.episode.title;
      setStatus(episodeStatus, `Showing the newest episode. Type to find another.`);
      render();
    } catch {
      if (load === loads) setStatus(feedStatus, 'The server could not be reached.', true);
    } finally {
      if (load === loads) loadButton.disabled = false;
    }
  }

  feedForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void loadFeed();
  });

  // ---- The episode combobox (WAI-ARIA combobox with a listbox popup) ----

  function matches(query: string): Item[] {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const all = [LATEST, ...state.episodes];
    if (words.length === 0) return all.slice(0, SHOWN_MAX);
    return state.episodes
      .filter((item) => {
        const haystack = `${item.title} ${item.number ?? ''}`.toLowerCase();
        return words.every((word) => haystack.includes(word));
      })
      .slice(0, SHOWN_MAX);
  }

  function openList(query: string): void {
    shown = matches(query);
    active = shown.length ? 0 : -1;
    listbox.replaceChildren(
      ...shown.map((item, i) => {
        const option = document.createElement('li');
        option.id = `episode-option-${i}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', String(i === active));
        option.textContent = item.title;
        const meta = describe(item);
        if (meta) {
          const small = document.createElement('small');
          small.textContent = meta;
          option.append(small);
        }
        return option;
      }),
    );
    listbox.hidden = shown.length === 0;
    combo.setAttribute('aria-expanded', String(shown.length > 0));
    setActive(active);
    setStatus(
      episodeStatus,
      shown.length === 0
        ? 'No episode has those words in its title.'
        : `${shown.length === SHOWN_MAX ? 'Many' : shown.length} episode${shown.length === 1 ? '' : 's'} found. Up and down arrows to choose, Enter to pick.`,
    );
  }

  function closeList(): void {
    listbox.hidden = true;
    combo.setAttribute('aria-expanded', 'false');
    combo.removeAttribute('aria-activedescendant');
  }

  function setActive(index: number): void {
    active = index;
    listbox.querySelectorAll('[role="option"]').forEach((option, i) => {
      option.setAttribute('aria-selected', String(i === index));
    });
    const option = index >= 0 ? document.getElementById(`episode-option-${index}`) : null;
    if (option) {
      combo.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else combo.removeAttribute('aria-activedescendant');
  }

  function choose(item: Item): void {
    state.episode = item;
    combo.value = item.title;
    closeList();
    setStatus(episodeStatus, `Chosen: ${item.title}`);
    render();
  }

  combo.addEventListener('input', () => openList(combo.value));
  combo.addEventListener('focus', () => combo.select());
  combo.addEventListener('keydown', (event) => {
    const open = !listbox.hidden;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) return openList(combo.value === state.episode?.title ? '' : combo.value);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(Math.min(shown.length - 1, Math.max(0, active + step)));
    } else if (event.key === 'Enter') {
      if (open && active >= 0 && shown[active]) {
        event.preventDefault();
        choose(shown[active]);
      }
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        closeList();
        if (state.episode) combo.value = state.episode.title;
      }
    }
  });
  combo.addEventListener('blur', () => {
    // A click on an option lands after blur: keep the list for it (pointerdown below keeps the focus anyway).
    setTimeout(() => {
      if (document.activeElement !== combo) {
        closeList();
        if (state.episode) combo.value = state.episode.title;
      }
    }, 0);
  });
  listbox.addEventListener('pointerdown', (event) => event.preventDefault());
  listbox.addEventListener('click', (event) => {
    const option = (event.target as Element).closest('[role="option"]');
    const index = option ? Number(option.id.replace('episode-option-', '')) : -1;
    if (shown[index]) choose(shown[index]);
  });

  // ---- Layout, theme, sections ----

  document.getElementById('options')?.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    // No section at all would mean all of them to the element: keep at least one.
    if (input.name === 'sections' && !document.querySelector('input[name="sections"]:checked')) input.checked = true;
    const checked = (name: string) =>
      [...document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((input) => input.value);
    state.layout = checked('layout')[0] ?? 'compact';
    state.theme = checked('theme')[0] ?? 'auto';
    state.sections = checked('sections');
    render();
  });

  // ---- Tabs (WAI-ARIA tabs, automatic activation) ----

  function selectTab(tab: HTMLButtonElement, focus: boolean): void {
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      other.tabIndex = selected ? 0 : -1;
      const panel = document.getElementById(other.getAttribute('aria-controls') ?? '');
      if (panel) panel.hidden = !selected;
    }
    state.tab = tab.id.replace('tab-', '') as Tab;
    if (focus) tab.focus();
    renderPreview();
  }
  for (const tab of tabs) {
    tab.addEventListener('click', () => selectTab(tab, false));
    tab.addEventListener('keydown', (event) => {
      const i = tabs.indexOf(tab);
      const next =
        event.key === 'ArrowRight'
          ? tabs[(i + 1) % tabs.length]
          : event.key === 'ArrowLeft'
            ? tabs[(i - 1 + tabs.length) % tabs.length]
            : event.key === 'Home'
              ? tabs[0]
              : event.key === 'End'
                ? tabs[tabs.length - 1]
                : undefined;
      if (next) {
        event.preventDefault();
        selectTab(next, true);
      }
    });
  }

  // ---- Copy ----

  document.addEventListener('click', async (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-copy]');
    if (!button) return;
    const area = document.getElementById(button.dataset.copy ?? '') as HTMLTextAreaElement | null;
    const status = button.parentElement?.querySelector<HTMLElement>('.copied');
    if (!area || !status || !area.value) return;
    try {
      await navigator.clipboard.writeText(area.value);
      setStatus(status, 'Copied.');
    } catch {
      // No clipboard (an http page, a refused permission): select the code so the reader copies it.
      area.focus();
      area.select();
      setStatus(status, 'Selected: press Ctrl+C (⌘C on a Mac) to copy.');
    }
  });

  // ---- Snippets and previews ----

  function query(extra: Record<string, string> = {}): string {
    const params = new URLSearchParams({ feed: state.feed, episode: state.episode?.id ?? 'latest', ...extra });
    return params.toString();
  }

  function sectionsValue(): string | undefined {
    return state.sections.length === ALL_SECTIONS.length ? undefined : state.sections.join(' ');
  }

  /** `/embed?…` as the server writes it (defaults left out), so the oEmbed answer's frame is this very URL. */
  function embedUrl(): string {
    const params = new URLSearchParams({ feed: state.feed });
    const episode = state.episode?.id ?? 'latest';
    if (episode !== 'latest') params.set('episode', episode);
    if (state.theme !== 'auto') params.set('theme', state.theme);
    if (state.layout !== 'compact') params.set('layout', state.layout);
    const sections = sectionsValue();
    if (sections !== undefined) params.set('sections', sections);
    return `${origin}/embed?${params}`;
  }

  function frameHeight(): number {
    return state.layout === 'full' ? 1000 : 480; // the embed page's own default sizes (FRAME_SIZE)
  }

  function scriptSnippet(): string {
    const sections = sectionsValue();
    const attrs = [
      `feed="${attr(state.feed)}"`,
      `episode="${attr(state.episode?.id ?? 'latest')}"`,
      `layout="${state.layout}"`,
      `theme="${state.theme}"`,
      ...(sections !== undefined ? [`sections="${attr(sections)}"`] : []),
      `proxy="${origin}/proxy?url={url}"`,
    ];
    return `<script type="module" src="${attr(widgetUrl)}"></script>\n<podcast-episode\n  ${attrs.join('\n  ')}\n></podcast-episode>`;
  }

  /** The iframe code: the server's own oEmbed answer for the embed URL (what Medium or Notion would get). */
  async function loadIframe(version: number): Promise<void> {
    const area = snippet('iframe');
    try {
      const response = await fetch(`${origin}/oembed?format=json&url=${encodeURIComponent(embedUrl())}`);
      const body = (await response.json()) as { html?: string; message?: string };
      if (version !== state.version) return;
      area.value =
        response.ok && body.html ? body.html : `Could not make the embed code: ${body.message ?? response.status}`;
    } catch {
      if (version === state.version) area.value = 'The server could not be reached.';
    }
  }

  const snippet = (tab: Tab) => byId<HTMLTextAreaElement>(`snippet-${tab}`);
  const cardText: Record<'fragment' | 'text', string> = { fragment: '', text: '' };

  async function loadCard(format: 'fragment' | 'text', version: number): Promise<void> {
    const area = snippet(format === 'fragment' ? 'email-html' : 'email-text');
    try {
      const response = await fetch(`${origin}/card?${query({ format })}`);
      const text = await response.text();
      if (version !== state.version) return;
      cardText[format] = response.ok ? text : '';
      area.value = response.ok ? text : `Could not make the card: ${text}`;
    } catch {
      if (version === state.version) area.value = 'The server could not be reached.';
    }
    if (format === 'text' && state.tab === 'email-text') renderPreview();
  }

  function render(): void {
    if (!state.feed) return;
    const version = ++state.version;
    snippet('script').value = scriptSnippet();
    void loadIframe(version);
    void loadCard('fragment', version);
    void loadCard('text', version);
    renderPreview();
  }

  function frame(src: string, title: string, height: number): HTMLIFrameElement {
    const iframe = document.createElement('iframe');
    iframe.src = src;
    iframe.title = title;
    iframe.height = String(height);
    iframe.loading = 'lazy';
    return iframe;
  }

  /** Only the visible tab's preview loads; switching tabs loads the next. */
  function renderPreview(): void {
    const box = byId<HTMLElement>(`preview-${state.tab}`);
    if (!state.feed) return;
    if (state.tab === 'script' || state.tab === 'iframe') {
      const src = embedUrl();
      const current = box.querySelector('iframe');
      if (current?.getAttribute('src') === src) return;
      box.replaceChildren(frame(src, 'Preview of the embedded episode', frameHeight()));
    } else if (state.tab === 'email-html') {
      const src = `${origin}/card?${query({ format: 'html' })}`;
      if (box.querySelector('iframe')?.getAttribute('src') === src) return;
      box.replaceChildren(frame(src, 'Preview of the email card', window.innerWidth < 500 ? 760 : 480));
    } else {
      const pre = document.createElement('pre');
      pre.textContent = cardText.text || 'Loading…';
      box.replaceChildren(pre);
    }
  }

  // The embed page reports its height; follow it in the preview frames.
  window.addEventListener('message', (event) => {
    const data = event.data as { type?: unknown; height?: unknown } | null;
    if (!data || typeof data !== 'object' || data.type !== HEIGHT_MESSAGE) return;
    const height = Number(data.height);
    if (!Number.isFinite(height) || height <= 0) return;
    for (const iframe of document.querySelectorAll<HTMLIFrameElement>('.preview iframe')) {
      if (iframe.contentWindow === event.source) iframe.height = String(Math.min(4000, Math.ceil(height)));
    }
  });

  for (const tab of ['script', 'iframe', 'email-html', 'email-text'] as const) {
    const empty = document.createElement('p');
    empty.className = 'empty';
    empty.textContent = 'Load a feed to see the preview.';
    byId<HTMLElement>(`preview-${tab}`).replaceChildren(empty);
  }

  // A link to the builder may carry the feed: /?feed=…
  const fromLink = new URLSearchParams(location.search).get('feed');
  if (fromLink) {
    feedInput.value = fromLink;
    void loadFeed();
  }
}
