import { describe, expect, it } from "vitest";
import { backoffDelay } from "./backoff";

describe("backoffDelay", () => {
  it("waits between half a second and a second at first", () => {
    expect(backoffDelay(0, () => 0)).toBe(500);
    expect(backoffDelay(0, () => 1)).toBe(1000);
  });

  it("doubles the step with each failure", () => {
    const steps = [0, 1, 2, 3].map((n) => backoffDelay(n, () => 1));
    expect(steps).toEqual([1000, 2000, 4000, 8000]);
  });

  it("never waits more than a minute", () => {
    expect(backoffDelay(30, () => 1)).toBe(60_000);
    expect(backoffDelay(30, () => 0)).toBe(30_000);
  });
});
