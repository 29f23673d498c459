/**
 * The `sections` attribute: which parts of the episode appear, as a space-separated list of part names. The header
 * and the player always do. Unknown names are ignored; an empty or missing attribute means all of them.
 */
export const SECTIONS = ['summary', 'topics', 'chapters', 'transcript', 'related'] as const;
export type Section = (typeof SECTIONS)[number];

/** Names a page may also write for a section. */
const ALIASES: Record<string, Section> = { notes: 'summary', description: 'summary', similar: 'related' };

export function parseSections(value: string | null | undefined): ReadonlySet<Section> {
  const wanted = new Set<Section>();
  for (const word of (value ?? '').toLowerCase().split(/[\s,]+/)) {
    const name = ALIASES[word] ?? word;
    if ((SECTIONS as readonly string[]).includes(name)) wanted.add(name as Section);
  }
  return wanted.size ? wanted : new Set(SECTIONS);
}
