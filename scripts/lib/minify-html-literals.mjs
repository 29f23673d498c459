/**
 * A Vite (Rollup) plugin that collapses the white space of Lit's html`…` templates: bundlers keep template literals
 * as written, so every line break and indent of the markup would ship (~370 bytes of the script-tag module,
 * gzipped). Each run of white space that holds a line break becomes one space, which is what HTML shows for it
 * anyway: no template holds `<pre>` or text styled `white-space: pre`. Only the templates' own text changes, found
 * through the parser (interpolations, nested templates and the code around them are left as they are).
 */
export function minifyHtmlLiterals() {
  return {
    name: 'minify-html-literals',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('html`')) return null;
      const quasis = [];
      const visit = (node) => {
        if (Array.isArray(node)) return node.forEach(visit);
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'html')
          quasis.push(...node.quasi.quasis);
        for (const key in node) if (key !== 'type' && typeof node[key] === 'object') visit(node[key]);
      };
      visit(this.parse(code, { lang: 'ts' }));
      let out = '';
      let at = 0;
      for (const quasi of quasis.sort((a, b) => a.start - b.start)) {
        // A quasi's span holds its delimiters (`, ${, }) around the text.
        const raw = quasi.value.raw;
        const start = quasi.start + code.slice(quasi.start, quasi.end).indexOf(raw);
        if (start < quasi.start || !raw.includes('\n')) continue;
        out += code.slice(at, start) + raw.replace(/\s*\n\s*/g, ' ');
        at = start + raw.length;
      }
      return at ? { code: out + code.slice(at), map: null } : null;
    },
  };
}
