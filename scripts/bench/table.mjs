// The bench's text tables, one function for every section.

/** Left-aligns the first column, right-aligns the rest. */
export function table(rows, { indent = '  ', align } = {}) {
  const widths = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, String(cell).length)));
  return rows
    .map(
      (row) =>
        indent +
        row
          .map((cell, i) =>
            (align?.[i] ?? (i === 0 ? 'l' : 'r')) === 'l'
              ? String(cell).padEnd(widths[i])
              : String(cell).padStart(widths[i]),
          )
          .join('  ')
          .trimEnd(),
    )
    .join('\n');
}
