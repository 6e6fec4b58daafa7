import { describe, expect, it } from "vitest";
import { chooseLanguage } from "./languages";

describe("chooseLanguage", () => {
  it("takes the first browser language Pepper has, by primary subtag", () => {
    expect(chooseLanguage(null, ["fr-FR", "de-AT", "en"])).toBe("de");
    expect(chooseLanguage(null, ["ar-EG"])).toBe("ar");
    expect(chooseLanguage(null, ["EN-gb", "de"])).toBe("en");
  });

  it("falls back to English when none of them is there", () => {
    expect(chooseLanguage(null, ["fr", "ja-JP"])).toBe("en");
    expect(chooseLanguage(null, [])).toBe("en");
  });

  it("prefers the choice made on this device over the browser's", () => {
    expect(chooseLanguage("ar", ["de-DE"])).toBe("ar");
  });

  it("ignores a stored choice it does not know", () => {
    expect(chooseLanguage("klingon", ["de-DE"])).toBe("de");
  });
});
