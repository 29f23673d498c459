/**
 * A Vite (Rollup) plugin that ships each locale (src/i18n/locales/*.ts) as an array of its words in the order of
 * the English `strings` object instead of an object: the key names alone are ~680 bytes gzipped per language, a
 * third of a locale chunk. The sources stay keyed objects (TypeScript checks every key); `localize.ts` pairs the
 * values back with the English keys. The build fails if a locale's keys differ from English.
 */
import { readFileSync } from 'node:fs';

const LOCALE = /\/src\/i18n\/locales\/[^/]+\.ts$/;

/** The English keys in source order (the runtime order of `Object.keys(strings)`). */
function englishKeys(root) {
  const source = readFileSync(`${root}/src/i18n/strings.ts`, 'utf8');
  const start = source.indexOf('export const strings = {');
  const end = source.indexOf('\n};', start);
  return [...source.slice(start, end).matchAll(/^ {2}([A-Za-z_$][\w$]*):/gm)].map((match) => match[1]);
}

export function compactLocales(root = process.cwd()) {
  let keys;
  return {
    name: 'compact-locales',
    enforce: 'post',
    transform(code, id) {
      if (!LOCALE.test(id.split('?')[0])) return null;
      keys ??= englishKeys(root);
      const ast = this.parse(code);
      let object;
      for (const statement of ast.body) {
        if (statement.type !== 'VariableDeclaration') continue;
        for (const declarator of statement.declarations) {
          if (declarator.init?.type === 'ObjectExpression') object = declarator.init;
        }
      }
      if (!object) this.error(`${id}: no locale object found`);
      const values = new Map();
      for (const property of object.properties) {
        const name = property.key?.name ?? property.key?.value;
        if (property.type !== 'Property' || property.computed || typeof name !== 'string') {
          this.error(`${id}: a locale holds plain properties only`);
        }
        values.set(name, code.slice(property.value.start, property.value.end));
      }
      const missing = keys.filter((key) => !values.has(key));
      const extra = [...values.keys()].filter((key) => !keys.includes(key));
      if (missing.length || extra.length) {
        this.error(`${id}: keys differ from English (missing ${missing.join(', ')}; extra ${extra.join(', ')})`);
      }
      const array = `[${keys.map((key) => values.get(key)).join(',')}]`;
      return { code: code.slice(0, object.start) + array + code.slice(object.end), map: null };
    },
  };
}
