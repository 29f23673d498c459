import type { selectEpisode } from '../episode/select.js';
import { toErrorDetail, type ErrorDetail } from '../feed/errors.js';
import type { FeedData } from '../feed/feed-data.js';
import type { Episode } from '../feed/model.js';

/** The episode on screen, or why there is none. */
export type Selection = { episode: Episode; picked: boolean } | { error: ErrorDetail };

/**
 * Which episode the element shows: the one the listener picked from the related list, else the one the `episode`
 * attribute names. Chosen once per change of its inputs (the feed, the attribute, the pick) and kept, so renders
 * and getters read it instead of selecting again.
 */
export class EpisodeSelection {
  private inputs?: [FeedData, string, string | undefined];
  private selection?: Selection;

  /**
   * The selection for these inputs: the kept one when they have not changed. `select` is the `episode` attribute's
   * reader (src/episode/select.ts), a chunk the feed loader brings with the feed.
   */
  select(data: FeedData, episode: string, pickedId: string | undefined, select: typeof selectEpisode): Selection {
    const inputs = this.inputs;
    if (this.selection && inputs && inputs[0] === data && inputs[1] === episode && inputs[2] === pickedId) {
      return this.selection;
    }
    this.inputs = [data, episode, pickedId];
    this.selection = choose(data, episode, pickedId, select);
    return this.selection;
  }

  /** Forgets the kept selection (a new feed is loading). */
  clear(): void {
    this.inputs = undefined;
    this.selection = undefined;
  }

  /** The episode on screen, if any. */
  get episode(): Episode | undefined {
    return this.selection && 'episode' in this.selection ? this.selection.episode : undefined;
  }
}

function choose(
  data: FeedData,
  episode: string,
  pickedId: string | undefined,
  selectEpisode: typeof import('../episode/select.js').selectEpisode,
): Selection {
  const picked = pickedId ? data.feed.episodes.find((e) => e.id === pickedId) : undefined;
  if (picked) return { episode: picked, picked: true };
  try {
    return { episode: selectEpisode(data.feed, episode), picked: false };
  } catch (error) {
    return { error: toErrorDetail(error, 'episode-not-found') };
  }
}
