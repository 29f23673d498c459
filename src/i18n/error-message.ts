import type { ErrorDetail } from '../feed/errors.js';
import type { Strings } from './strings.js';

/**
 * The sentence a reader sees for a failure, in the interface language. The loaders write English sentences with
 * technical detail (where the XML broke, what the address returned); in English those are shown as they are, in
 * other languages the translated sentence for the failure's code.
 */
export function errorMessage(error: ErrorDetail, t: Strings, lang: string, wanted = ''): string {
  if (lang === 'en' || lang.startsWith('en-')) return error.message;
  switch (error.code) {
    case 'no-feed':
      return t.errorNoFeed;
    case 'network':
      return t.errorNetwork;
    case 'cors':
      return t.errorCors(error.host ?? '');
    case 'http':
      return t.errorHttp(error.status ?? 0);
    case 'not-a-feed':
      return t.errorNotAFeed;
    case 'malformed':
      return t.errorMalformed;
    case 'empty-feed':
      return t.errorEmptyFeed;
    case 'episode-not-found':
      return t.errorEpisodeNotFound(wanted);
  }
  return error.message;
}
