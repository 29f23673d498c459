/** Bytes of feed the widget downloads at most (the largest real feeds are a few MB). See limits.ts. */
export const MAX_FEED_BYTES = 64 * 1024 * 1024;
