// Post times as a person reads them: "5 min ago" for recent posts, a short
// date for older ones, and the full date in a tooltip, all through Intl in
// the language on screen.
import type { Words } from "./useWords";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Clock skew between servers: a post "from the future" by this is now. */
const SKEW = 5 * MINUTE;

interface Formats {
  readonly relative: Intl.RelativeTimeFormat;
  readonly shortDate: Intl.DateTimeFormat;
  readonly shortDateWithYear: Intl.DateTimeFormat;
  readonly fullDate: Intl.DateTimeFormat;
  readonly clock: Intl.DateTimeFormat;
}

// Building a format is slow next to using one, and a timeline shows
// hundreds of times: one set per language, made on first use.
const formatsByLanguage = new Map<string, Formats>();

function formats(language: string): Formats {
  const known = formatsByLanguage.get(language);
  if (known) return known;
  const made: Formats = {
    relative: new Intl.RelativeTimeFormat(language, {
      numeric: "auto",
      style: "short",
    }),
    shortDate: new Intl.DateTimeFormat(language, {
      day: "numeric",
      month: "short",
    }),
    shortDateWithYear: new Intl.DateTimeFormat(language, {
      day: "numeric",
      month: "short",
      year: "numeric",
    }),
    fullDate: new Intl.DateTimeFormat(language, {
      dateStyle: "full",
      timeStyle: "short",
    }),
    clock: new Intl.DateTimeFormat(language, { timeStyle: "medium" }),
  };
  formatsByLanguage.set(language, made);
  return made;
}

/** The short text for a time, relative to `now`; never "Invalid Date". */
export function shortTime(words: Words, iso: string, now: number): string {
  const { t, language } = words;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return t("time.someTimeAgo");

  const { relative } = formats(language);
  const age = now - time;
  if (age < -SKEW) return dateText(language, time, now);
  if (age < MINUTE) return t("time.justNow");
  if (age < HOUR) return relative.format(-Math.floor(age / MINUTE), "minute");
  if (age < DAY) return relative.format(-Math.floor(age / HOUR), "hour");
  if (age < 7 * DAY) return relative.format(-Math.floor(age / DAY), "day");
  return dateText(language, time, now);
}

function dateText(language: string, time: number, now: number): string {
  const sameYear = new Date(time).getFullYear() === new Date(now).getFullYear();
  const { shortDate, shortDateWithYear } = formats(language);
  return (sameYear ? shortDate : shortDateWithYear).format(time);
}

/** The full date for a tooltip, saying so when it is only approximate. */
export function longTime(words: Words, iso: string, approximate: boolean) {
  const { t, language } = words;
  const time = Date.parse(iso);
  const date = Number.isNaN(time)
    ? t("time.unknown")
    : formats(language).fullDate.format(time);
  if (!approximate) return date;
  return t("time.approximate", { date });
}

/** A clock time, such as when Pepper tries to reconnect next. */
export function clockTime(words: Words, at: number): string {
  return formats(words.language).clock.format(at);
}
