import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared real feeds: $PODCAST_FEEDS_DIR, else ../shared/feeds beside the checkout (as the browser tests). */
export const feedsDir = path.resolve(
  process.env.PODCAST_FEEDS_DIR ?? path.join(fileURLToPath(new URL('../../../..', import.meta.url)), 'shared', 'feeds'),
);

/** LinuxUnplugged (2.7 MB, 384 episodes), or undefined when the shared feeds are not there. */
export function linuxUnpluggedFeed(): string | undefined {
  const file = path.join(feedsDir, 'alatiera__gnome-podcasts__2020-12-19-LinuxUnplugged.xml');
  return existsSync(file) ? file : undefined;
}
