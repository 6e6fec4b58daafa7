import { describe, expect, it } from "vitest";
import { dataUrl, fitWithin, SHOWN_SIZE } from "./index";

describe("fitWithin", () => {
  it("scales the long side down and keeps the aspect", () => {
    expect(fitWithin(400, 300, 192)).toEqual({ width: 192, height: 144 });
    expect(fitWithin(300, 400, 192)).toEqual({ width: 144, height: 192 });
  });

  it("never enlarges a small picture", () => {
    expect(fitWithin(1, 1, SHOWN_SIZE)).toEqual({ width: 1, height: 1 });
  });

  it("gives a 4096 px picture the size of the others (case-29)", () => {
    expect(fitWithin(4096, 4096, SHOWN_SIZE)).toEqual({
      width: 96,
      height: 96,
    });
  });

  it("gives at least one pixel for a 0x0 size", () => {
    expect(fitWithin(0, 0, SHOWN_SIZE)).toEqual({ width: 1, height: 1 });
  });
});

describe("dataUrl", () => {
  it("writes the bytes as base64 with their type", () => {
    const image = { bytes: new Uint8Array([1, 2, 3]), type: "image/png" };
    expect(dataUrl(image)).toBe("data:image/png;base64,AQID");
  });
});
