import { PodcastEpisodeError } from '../../src/feed/errors.js';
import { ServerError } from '../errors.js';

/** The pipeline's errors (the widget's own codes) as server errors with the same code and message. */
export function toServerError(error: unknown): ServerError {
  if (error instanceof ServerError) return error;
  if (error instanceof PodcastEpisodeError) {
    const code = error.code;
    if (code === 'malformed' || code === 'empty-feed' || code === 'episode-not-found' || code === 'not-a-feed')
      return new ServerError(code, error.message);
    if (code === 'http') return new ServerError('http', error.message, error.status);
    if (code === 'network') return new ServerError('network', error.message);
  }
  return new ServerError('not-a-feed', error instanceof Error ? error.message : String(error));
}
