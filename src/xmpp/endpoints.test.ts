import { describe, expect, it } from "vitest";
import { PepperError } from "./api";
import { openFirst, parseServices } from "./endpoints";

const NODE1 = "ws://127.0.0.1:5491/ws";
const NODE2 = "ws://127.0.0.1:5492/ws";

/** An opener whose endpoints fail with the given codes; others open. */
function endpoints(failing: Record<string, string>) {
  const tried: string[] = [];
  const open = async (service: string) => {
    tried.push(service);
    const code = failing[service];
    if (code) throw new PepperError(code);
    return `stream to ${service}`;
  };
  return { tried, open };
}

describe("parseServices", () => {
  it("reads one URL as a list of one", () => {
    expect(parseServices(NODE1)).toEqual([NODE1]);
  });

  it("splits on spaces, commas and line breaks, in order", () => {
    expect(parseServices(` ${NODE2}, ${NODE1}\n`)).toEqual([NODE2, NODE1]);
    expect(parseServices(`${NODE2},${NODE1}`)).toEqual([NODE2, NODE1]);
  });

  it("gives no URL for an empty field, so discovery runs", () => {
    expect(parseServices("  ")).toEqual([]);
  });

  it("refuses the list when one part is not a WebSocket URL", () => {
    expect(() => parseServices(`${NODE1} https://x.test/ws`)).toThrow(
      expect.objectContaining({ code: "invalid-service" }),
    );
  });
});

describe("openFirst", () => {
  it("opens the first endpoint when it works, and tries no other", async () => {
    const { tried, open } = endpoints({});
    const result = await openFirst([NODE1, NODE2], open);
    expect(result).toEqual({ service: NODE1, opened: `stream to ${NODE1}` });
    expect(tried).toEqual([NODE1]);
  });

  it("moves on past an endpoint that is down", async () => {
    const { tried, open } = endpoints({ [NODE2]: "unreachable" });
    const result = await openFirst([NODE2, NODE1], open);
    expect(result.service).toBe(NODE1);
    expect(tried).toEqual([NODE2, NODE1]);
  });

  it("stops at a wrong password, which no other node would accept", async () => {
    const { tried, open } = endpoints({ [NODE2]: "not-authorized" });
    await expect(openFirst([NODE2, NODE1], open)).rejects.toMatchObject({
      code: "not-authorized",
    });
    expect(tried).toEqual([NODE2]);
  });

  it("rejects with the last endpoint's error when all are down", async () => {
    const { open } = endpoints({ [NODE2]: "unreachable", [NODE1]: "timeout" });
    await expect(openFirst([NODE2, NODE1], open)).rejects.toMatchObject({
      code: "timeout",
    });
  });

  it("rejects with no-endpoint for an empty list", async () => {
    await expect(openFirst([], endpoints({}).open)).rejects.toMatchObject({
      code: "no-endpoint",
    });
  });
});
