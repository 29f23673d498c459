/**
 * Finding words in a transcript the way people type them: case and accents ignored ("cafe" finds "Café"), across
 * the line breaks of SRT cards (a phrase may start in one segment and end in the next).
 */

/** One occurrence of the query, as the pieces of segment text it covers. */
export interface Match {
  /** Index of the segment the match starts in (to scroll to it). */
  segment: number;
  pieces: { segment: number; from: number; to: number }[];
}

/**
 * Lower case without accents, one UTF-16 unit for one, so offsets in the folded text are offsets in the original.
 * A character whose folded form would change the length is kept as it is.
 */
export function foldForSearch(text: string): string {
  const lower = text.toLowerCase();
  // Most transcripts are mostly ASCII: only the other characters need a closer look.
  if (lower.length === text.length) return lower.replace(/[^\x00-\x7f]/g, foldCharacter);
  let folded = '';
  for (const c of text) folded += c.length === 1 ? foldCharacter(c) : c;
  return folded;
}

function foldCharacter(c: string): string {
  const base = c.normalize('NFD')[0]!.toLowerCase();
  return base.length === 1 ? base : c.length === 1 && c.toLowerCase().length === 1 ? c.toLowerCase() : c;
}

/**
 * A transcript prepared for searching: each paragraph's segments joined by a space (as they are shown), folded.
 * Built once per transcript.
 */
export class SearchIndex {
  private readonly paragraphs: { text: string; segments: number[]; offsets: number[] }[];

  constructor(texts: readonly string[], paragraphs: readonly { from: number; to: number }[]) {
    this.paragraphs = paragraphs.map(({ from, to }) => {
      const segments: number[] = [];
      const offsets: number[] = [];
      let text = '';
      for (let i = from; i < to; i++) {
        if (text) text += ' ';
        segments.push(i);
        offsets.push(text.length);
        text += foldForSearch(texts[i]!);
      }
      return { text, segments, offsets };
    });
  }

  /** Every occurrence of `query` (whitespace collapsed; empty finds nothing), in reading order. */
  find(query: string): Match[] {
    const needle = foldForSearch(query.trim().replace(/\s+/g, ' '));
    const matches: Match[] = [];
    if (!needle) return matches;
    for (const paragraph of this.paragraphs) {
      let at = paragraph.text.indexOf(needle);
      while (at !== -1) {
        matches.push(this.piecesOf(paragraph, at, at + needle.length));
        at = paragraph.text.indexOf(needle, at + needle.length);
      }
    }
    return matches;
  }

  private piecesOf(
    paragraph: { text: string; segments: number[]; offsets: number[] },
    from: number,
    to: number,
  ): Match {
    const pieces: Match['pieces'] = [];
    // The last segment starting at or before `from`, then each following one the match reaches into.
    let k = 0;
    while (k + 1 < paragraph.offsets.length && paragraph.offsets[k + 1]! <= from) k++;
    for (; k < paragraph.segments.length && paragraph.offsets[k]! < to; k++) {
      const offset = paragraph.offsets[k]!;
      const end = k + 1 < paragraph.offsets.length ? paragraph.offsets[k + 1]! - 1 : paragraph.text.length;
      const pieceFrom = Math.max(from, offset) - offset;
      const pieceTo = Math.min(to, end) - offset;
      if (pieceTo > pieceFrom) pieces.push({ segment: paragraph.segments[k]!, from: pieceFrom, to: pieceTo });
    }
    return { segment: pieces[0]?.segment ?? paragraph.segments[0]!, pieces };
  }
}
