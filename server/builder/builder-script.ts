/**
 * `/builder.js`: the builder's script as served. It is `builderMain` itself, written in TypeScript beside the
 * server (typechecked and linted with it) and turned to JavaScript by whatever built the server (esbuild for the
 * bundles, tsx in the tests); `toString()` gives that JavaScript back, so Node and Workers serve the same file
 * without reading the disk. tsx keeps function names with a `__name` helper: the served file defines a no-op one.
 */
import { builderMain } from './builder-client.js';

export const BUILDER_SCRIPT = `// podcast-episode embed builder\nconst __name = (fn) => fn;\n(${builderMain.toString()})();\n`;
