// case-27: roster pushes and results that do not come from our account.
import { describe, expect, it } from "vitest";
import { caseStanza } from "../../test/fixtures";
import { parseRoster, parseRosterPush } from "./roster";

const ME = "bob@example.test";
const push = (step: string) => parseRosterPush(caseStanza("case-27", step), ME);

describe("case-27: forged and legitimate roster pushes", () => {
  it("ignores a push from another account", () => {
    expect(push("1")).toBeNull();
  });

  it("applies a push without from, and one from our bare JID", () => {
    expect(push("2")).toMatchObject({
      kind: "item",
      item: { jid: "carol@example.test", name: "Carol" },
    });
    expect(push("3")).toEqual({
      kind: "remove",
      jid: "dave@example.test",
      ver: "v19",
    });
  });

  it("ignores a push from our own full JID, by choice (RFC 6121 §2.1.6)", () => {
    expect(push("5")).toBeNull();
  });

  it("reads a roster result from a third party as empty", () => {
    expect(parseRoster(caseStanza("case-27", "6"), ME)).toEqual([]);
  });

  it("reads a roster result from our server or account", () => {
    const answer = caseStanza("case-27", "6");
    for (const from of ["example.test", ME]) {
      answer.attrs.from = from;
      expect(parseRoster(answer, ME)).toHaveLength(1);
    }
  });
});
