/**
 * Stands in for the `entities` package inside the parser bundle (see scripts/lib/node-shims.mjs). rss-parser
 * requires it only to decode the "snippet" it makes of `description` and `content`, and parse.ts renames those tags
 * so that it never does: the package's 42 KB of entity tables (a quarter of the worker script, built into lookup
 * maps each time the script starts) would be loaded for nothing. Should rss-parser ever call it, our own decoder
 * answers.
 */
export { decodeEntities as decodeHTML, decodeEntities as decodeXML } from '../text/entities.js';
