/** Languages written right to left, by their primary subtag (`iw` is Hebrew's old tag). */
const RTL = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'yi', 'ps', 'ckb', 'dv', 'sd', 'ug']);

/** Whether text in `lang` (a BCP 47 tag) is written right to left. */
export function isRightToLeft(lang: string | undefined): boolean {
  return RTL.has((lang ?? '').toLowerCase().split('-')[0]!);
}
