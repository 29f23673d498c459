/** A transcript parse warning in words, in the interface language. */
import type { Strings } from '../i18n/strings.js';
import type { TranscriptWarning } from './model.js';

/** The sentence part `strings.transcriptWarnings` joins into its note. */
export function describeWarning(t: Strings, { code, count = 0 }: TranscriptWarning): string {
  switch (code) {
    case 'bad-times':
      return t.transcriptWarnBadTimes(count);
    case 'stray-lines':
      return t.transcriptWarnStrayLines(count);
    case 'junk-lines':
      return t.transcriptWarnJunkLines(count);
    case 'no-cues':
      return t.transcriptWarnNoCues;
    case 'not-text':
      return t.transcriptWarnNotText;
    case 'broken-json':
      return t.transcriptWarnBrokenJson(count);
    case 'no-segments':
      return t.transcriptWarnNoSegments;
    case 'trimmed':
      return t.transcriptWarnTrimmed;
  }
}
