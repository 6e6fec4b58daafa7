import { describe, expect, it } from "vitest";
import { POLICY } from "../vite.config";

function directive(name: string): string[] {
  const found = POLICY.split(";")
    .map((part) => part.trim().split(/\s+/))
    .find(([first]) => first === name);
  return found?.slice(1) ?? [];
}

describe("the built page's Content-Security-Policy", () => {
  it("allows no inline script, eval or remote script", () => {
    expect(directive("script-src")).toEqual(["'self'"]);
    expect(POLICY).not.toMatch(/unsafe-|nonce-|sha256-/);
  });

  it("connects only to WebSockets and to https discovery", () => {
    expect(directive("connect-src")).toEqual([
      "'self'",
      "ws:",
      "wss:",
      "https:",
    ]);
  });

  it("loads images over https only, and no frames or objects", () => {
    expect(directive("img-src")).toEqual(["'self'", "data:", "https:"]);
    expect(directive("frame-src")).toEqual(["'none'"]);
    expect(directive("object-src")).toEqual(["'none'"]);
    expect(directive("default-src")).toEqual(["'none'"]);
    expect(directive("worker-src")).toEqual(["'self'"]);
  });
});
