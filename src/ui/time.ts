// Post times as a person reads them: "5 min ago" for recent posts, a short
// date for older ones, and the full date in a tooltip.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Clock skew between servers: a post "from the future" by this is now. */
const SKEW = 5 * MINUTE;

const relative = new Intl.RelativeTimeFormat(undefined, {
  numeric: "auto",
  style: "short",
});
const shortDate = new Intl.DateTimeFormat(undefined, {
  day: "numeric",
  month: "short",
});
const shortDateWithYear = new Intl.DateTimeFormat(undefined, {
  day: "numeric",
  month: "short",
  year: "numeric",
});
const fullDate = new Intl.DateTimeFormat(undefined, {
  dateStyle: "full",
  timeStyle: "short",
});

/** The short text for a time, relative to `now`; never "Invalid Date". */
export function shortTime(iso: string, now: number): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return "some time ago";

  const age = now - time;
  if (age < -SKEW) return dateText(time, now);
  if (age < MINUTE) return "just now";
  if (age < HOUR) return relative.format(-Math.floor(age / MINUTE), "minute");
  if (age < DAY) return relative.format(-Math.floor(age / HOUR), "hour");
  if (age < 7 * DAY) return relative.format(-Math.floor(age / DAY), "day");
  return dateText(time, now);
}

function dateText(time: number, now: number): string {
  const sameYear = new Date(time).getFullYear() === new Date(now).getFullYear();
  return (sameYear ? shortDate : shortDateWithYear).format(time);
}

/** The full date for a tooltip, saying so when it is only approximate. */
export function longTime(iso: string, approximate: boolean): string {
  const time = Date.parse(iso);
  const date = Number.isNaN(time) ? "unknown" : fullDate.format(time);
  if (!approximate) return date;
  return (
    `About ${date}: the post carried no date, ` +
    "so this is when Pepper received it"
  );
}
