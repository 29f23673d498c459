import type { Strings } from '../i18n/strings.js';

/** A position or length in words for screen readers: 250 → "4 minutes 10 seconds" (whole seconds). */
export function spokenTime(seconds: number, t: Strings): string {
  const whole = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
  return t.spokenDuration(Math.floor(whole / 3600), Math.floor((whole % 3600) / 60), whole % 60);
}
