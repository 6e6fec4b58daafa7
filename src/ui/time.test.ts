import { beforeAll, describe, expect, it } from "vitest";
import { i18n, LANGUAGES, loadLanguage } from "../i18n";
import { longTime, shortTime } from "./time";
import type { Words } from "./useWords";

function wordsIn(language: string): Words {
  return { t: i18n.getFixedT(language), language };
}

const now = Date.parse("2026-12-04T12:00:00Z");

beforeAll(() => Promise.all(LANGUAGES.map(loadLanguage)));

describe("shortTime", () => {
  it("says how long ago in the language on screen", () => {
    const tenMinutesAgo = "2026-12-04T11:50:00Z";
    expect(shortTime(wordsIn("en"), tenMinutesAgo, now)).toMatch(/10 min/);
    expect(shortTime(wordsIn("de"), tenMinutesAgo, now)).toMatch(/vor 10/);
    expect(shortTime(wordsIn("ar"), tenMinutesAgo, now)).toMatch(/قبل/);
  });

  it("names the month in the language on screen", () => {
    const march = "2026-03-05T10:00:00Z";
    expect(shortTime(wordsIn("en"), march, now)).toMatch(/Mar/);
    expect(shortTime(wordsIn("de"), march, now)).toMatch(/März/);
    expect(shortTime(wordsIn("ar"), march, now)).toMatch(/مارس/);
  });

  it("says just now from the catalogue", () => {
    expect(shortTime(wordsIn("de"), "2026-12-04T11:59:50Z", now)).toBe(
      "gerade eben",
    );
  });
});

describe("longTime", () => {
  it("gives the full date with its weekday, approximate or not", () => {
    const iso = "2026-12-03T10:00:00Z";
    expect(longTime(wordsIn("de"), iso, false)).toMatch(/Donnerstag/);
    expect(longTime(wordsIn("en"), iso, true)).toMatch(/^About Thursday/);
  });
});
