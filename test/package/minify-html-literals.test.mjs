// The build's html`…` white-space collapsing (scripts/lib/minify-html-literals.mjs): only the markup of Lit's html
// templates changes, nested ones included, and a line break with its indent becomes the one space HTML shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAst } from 'rolldown/parseAst';
import { minifyHtmlLiterals } from '../../scripts/lib/minify-html-literals.mjs';

const plugin = minifyHtmlLiterals();
const transform = (code) => plugin.transform.call({ parse: parseAst }, code, '/repo/src/ui/view.ts')?.code ?? code;

test('line breaks and indents in html templates become one space', () => {
  const code = 'const v = html`<div class="a">\n    <span>${x}</span>\n    <span>b</span>\n  </div>`;';
  assert.equal(transform(code), 'const v = html`<div class="a"> <span>${x}</span> <span>b</span> </div>`;');
});

test('nested templates are collapsed, the code between them is not', () => {
  const code = [
    'const v = html`<p>',
    '  ${items.map((item: string) => {',
    '    const label = `one\n  two`;',
    '    return html`<b>',
    '      ${label}</b>`;',
    '  })}',
    '</p>`;',
  ].join('\n');
  const out = transform(code);
  assert.ok(out.startsWith('const v = html`<p> ${items.map((item: string) => {\n    const label = `one\n  two`;'));
  assert.ok(out.includes('return html`<b> ${label}</b>`;'));
  assert.ok(out.endsWith('})} </p>`;'));
});

test('other template literals, css templates and files outside src/ are left as written', () => {
  const code = 'const a = `x\n  y`;\nconst b = css`.a {\n  color: red;\n}`;\nconst c = svg`<g>\n  </g>`;';
  assert.equal(transform(code), code);
  const html = 'const v = html`<i>\n  </i>`;';
  assert.equal(plugin.transform.call({ parse: parseAst }, html, '/repo/node_modules/x/index.ts'), null);
});

test('text on one line inside a template is kept exactly', () => {
  const code = 'const v = html`<span>a  b</span>${x}<span> c </span>`;';
  assert.equal(transform(code), code);
});
