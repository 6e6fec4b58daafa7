import { beforeAll, describe, expect, it } from "vitest";
import { i18n, loadLanguage } from ".";
import { ar } from "./ar";
import { de } from "./de";
import { en } from "./en";
import { LANGUAGES, loadCatalogue } from "./languages";

const CATALOGUES = { en, de, ar };

const PLURAL = /_(zero|one|two|few|many|other)$/;

type Sections = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** "section.key", with a plural key once, under its base name. */
function keysOf(catalogue: Sections): string[] {
  const keys = Object.entries(catalogue).flatMap(([section, texts]) =>
    Object.keys(texts).map((key) => `${section}.${key.replace(PLURAL, "")}`),
  );
  return [...new Set(keys)].sort();
}

/** The plural forms a catalogue gives each plural key. */
function pluralForms(catalogue: Sections): Map<string, string[]> {
  const forms = new Map<string, string[]>();
  for (const [section, texts] of Object.entries(catalogue)) {
    for (const key of Object.keys(texts)) {
      const form = PLURAL.exec(key)?.[1];
      if (!form) continue;
      const base = `${section}.${key.replace(PLURAL, "")}`;
      forms.set(base, [...(forms.get(base) ?? []), form].sort());
    }
  }
  return forms;
}

const english = keysOf(CATALOGUES.en);
const others = LANGUAGES.filter((lng) => lng !== "en");

describe("catalogues", () => {
  it("are one for each language, as each loads", async () => {
    expect(LANGUAGES).toEqual(Object.keys(CATALOGUES));
    for (const lng of LANGUAGES) {
      expect(await loadCatalogue(lng)).toBe(CATALOGUES[lng]);
    }
  });

  it.each(others)("%s has exactly the keys of English", (lng) => {
    expect(keysOf(CATALOGUES[lng])).toEqual(english);
  });

  it.each(LANGUAGES)(
    "%s gives each plural key the forms its plural rules use",
    (lng) => {
      const needed = new Intl.PluralRules(lng).resolvedOptions()
        .pluralCategories;
      const forms = pluralForms(CATALOGUES[lng]);
      expect([...forms.keys()].sort()).toEqual(
        [...pluralForms(CATALOGUES.en).keys()].sort(),
      );
      for (const [key, given] of forms) {
        expect(given, key).toEqual([...needed].sort());
      }
    },
  );

  it.each(LANGUAGES)("%s leaves no text empty", (lng) => {
    const texts = Object.values(CATALOGUES[lng] as Sections).flatMap(
      (section) => Object.values(section),
    );
    expect(texts.filter((text) => text.trim() === "")).toEqual([]);
  });
});

describe("plurals through Intl", () => {
  beforeAll(() => Promise.all(LANGUAGES.map(loadLanguage)));

  it("counts comments in English, German and Arabic", () => {
    const en = i18n.getFixedT("en");
    const de = i18n.getFixedT("de");
    const ar = i18n.getFixedT("ar");

    expect(en("comments.count", { count: 1 })).toBe("1 comment");
    expect(en("comments.count", { count: 1200 })).toBe("1,200 comments");
    expect(de("comments.count", { count: 1200 })).toBe("1.200 Kommentare");
    expect(ar("comments.count", { count: 2 })).toBe("تعليقان");
    expect(ar("comments.count", { count: 5 })).toMatch(/تعليقات$/);
    expect(ar("comments.count", { count: 11 })).toMatch(/تعليقًا$/);
  });

  it("writes each number of a line in the language's digits", () => {
    const en = i18n.getFixedT("en");
    const de = i18n.getFixedT("de");
    const progress = (done: number) => ({ done, count: 2000 });

    expect(en("feeds.loading", progress(1000))).toBe(
      "Loading posts from 1,000 of 2,000 feeds…",
    );
    expect(en("feeds.loading", progress(1500))).toContain("1,500 of 2,000");
    expect(de("feeds.loading", progress(1500))).toContain("1.500");
    expect(de("feeds.loading", progress(1500))).toContain("2.000");
  });
});
