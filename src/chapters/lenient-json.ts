/**
 * What a hand-edited or broken JSON chapters file still holds, read in one pass each: the regular expressions
 * this replaces backtracked on crafted input (unclosed strings and braces) and froze the page for seconds.
 */

/** The text with every comma that stands before a closing bracket removed (outside strings). */
export function withoutTrailingCommas(text: string): string {
  let out = '';
  let copied = 0;
  let inString = false;
  let pendingComma = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
      continue;
    }
    if (c === 0x22) {
      inString = true;
      pendingComma = -1;
    } else if (c === 0x2c /* , */) pendingComma = i;
    else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      if (pendingComma >= 0) {
        out += text.slice(copied, pendingComma);
        copied = pendingComma + 1;
      }
      pendingComma = -1;
    } else if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) pendingComma = -1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * The source of each complete `{…}` object directly inside the first `"chapters": [` array, in order; objects
 * cut off or broken by a stray bracket are skipped. Strings and nesting are followed, so braces inside titles or
 * in a chapter's `location` object do not end it early.
 */
export function chapterObjectSources(text: string): string[] | undefined {
  const at = /"chapters"\s*:\s*\[/.exec(text);
  if (!at) return undefined;
  const sources: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = at.index + at[0].length; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b /* { */) {
      if (depth === 0) start = i;
      depth++;
    } else if (c === 0x7d) {
      if (depth === 0) continue;
      depth--;
      if (depth === 0) sources.push(text.slice(start, i + 1));
    } else if (c === 0x5d && depth === 0) break;
  }
  return sources;
}
