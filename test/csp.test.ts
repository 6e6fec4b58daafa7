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

  // Plain http only to a server on this machine (uploads, pictures).
  const loopback = ["http://127.0.0.1:*", "http://localhost:*"];

  it("connects only to WebSockets, https and loopback http", () => {
    expect(directive("connect-src")).toEqual([
      "'self'",
      "ws:",
      "wss:",
      "https:",
      ...loopback,
    ]);
  });

  it("loads images over https or from loopback, and no frames", () => {
    expect(directive("img-src")).toEqual([
      "'self'",
      "data:",
      "blob:",
      "https:",
      ...loopback,
    ]);
    expect(directive("frame-src")).toEqual(["'none'"]);
    expect(directive("object-src")).toEqual(["'none'"]);
    expect(directive("default-src")).toEqual(["'none'"]);
    expect(directive("worker-src")).toEqual(["'self'"]);
  });
});
