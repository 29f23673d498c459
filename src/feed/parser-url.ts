/**
 * Where the page says the parser worker script lives, if it says so. A module of its own so the script-tag module
 * can export `setParserUrl` without carrying the parse client, which loads with the first feed.
 */
let parserUrl: string | undefined;

/**
 * Where the parser worker script lives. By default beside the module that defined the element (the CDN file or
 * `dist/index.js`); a bundler that moves files around can point it elsewhere before the first feed loads.
 */
export function setParserUrl(url: string): void {
  parserUrl = url;
}

/** The URL the page set, if any. */
export function parserUrlOverride(): string | undefined {
  return parserUrl;
}
