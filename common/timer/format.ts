/**
 * Clock text for the projector and the control room. Language-neutral: digits,
 * colons and a plus sign read the same in French and English.
 */

const SECOND = 1000;

/**
 * Formats a signed remaining time:
 * - positive: counts down, rounded UP to the second, so a 5-minute pitch shows
 *   "5:00" at the start and "0:00" appears at the exact moment time runs out;
 * - zero: "0:00";
 * - negative: overtime counting up with a "+" ("+0:12"), also rounded up, so
 *   the "+" appears as soon as the speaker is over time;
 * - one hour or more: "1:02:03" (minutes and seconds padded to two digits).
 * A non-finite input (a bug upstream) shows "-:--" rather than "NaN:NaN".
 */
export function formatClock(ms: number): string {
  if (!Number.isFinite(ms)) return '-:--';
  const sign = ms < 0 ? '+' : '';
  const totalSeconds = Math.ceil(Math.abs(ms) / SECOND);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const ss = seconds < 10 ? `0${seconds}` : String(seconds);
  if (hours > 0) {
    const mm = minutes < 10 ? `0${minutes}` : String(minutes);
    return `${sign}${hours}:${mm}:${ss}`;
  }
  return `${sign}${minutes}:${ss}`;
}
