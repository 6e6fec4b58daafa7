import { describe, expect, it } from "vitest";
import { parseJid, toBareJid, validateBareJid } from "./jid";

describe("parseJid", () => {
  it("splits a full JID into its three parts", () => {
    expect(parseJid("alice@example.org/phone")).toEqual({
      local: "alice",
      domain: "example.org",
      resource: "phone",
    });
  });

  it("reads a domain alone as a JID without local part", () => {
    expect(parseJid("example.org")).toEqual({ domain: "example.org" });
  });

  it("lower-cases the local part and the domain but not the resource", () => {
    expect(parseJid("Alice@Example.ORG/Phone")).toEqual({
      local: "alice",
      domain: "example.org",
      resource: "Phone",
    });
  });

  it("drops a final dot from the domain", () => {
    expect(parseJid("alice@example.org.")?.domain).toBe("example.org");
  });

  it("keeps an @ that comes after the first /, in the resource", () => {
    expect(parseJid("alice@example.org/a@b")?.resource).toBe("a@b");
  });

  it("accepts an IP literal as the domain", () => {
    expect(parseJid("alice@[::1]")?.domain).toBe("[::1]");
  });

  it.each([
    ["", "an empty string"],
    ["@example.org", "an empty local part"],
    ["alice@", "an empty domain"],
    ["alice@example.org/", "an empty resource"],
    ["a@b@example.org", "a second @"],
    ["al ice@example.org", "a space in the local part"],
    ["a<b@example.org", "a < in the local part"],
    ["a:b@example.org", "a : in the local part"],
    ["alice@exa mple.org", "a space in the domain"],
    ["alice@example..org", "an empty domain label"],
    ["alice@example.org:5222", "a port"],
    [`${"a".repeat(1024)}@example.org`, "a local part over 1023 octets"],
    [`alice@${"é".repeat(512)}.org`, "a domain over 1023 octets"],
  ])("rejects %j (%s)", (input) => {
    expect(parseJid(input)).toBeNull();
  });
});

describe("validateBareJid", () => {
  it("trims what the user typed and gives the bare JID", () => {
    expect(validateBareJid("  Bob@Example.org \n")).toEqual({
      ok: true,
      jid: "bob@example.org",
    });
  });

  it("drops a resource the user pasted", () => {
    expect(validateBareJid("bob@example.org/laptop")).toEqual({
      ok: true,
      jid: "bob@example.org",
    });
  });

  it("asks for a user name when only a server is given", () => {
    const result = validateBareJid("example.org");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/user name/);
  });

  it("says what is wrong in a sentence", () => {
    const cases = ["", "bob@", "b ob@example.org", "a@b@c", "b<b@example.org"];
    for (const input of cases) {
      const result = validateBareJid(input);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.reason).toMatch(/^[A-Z].*\.$/);
    }
  });
});

describe("toBareJid", () => {
  it("drops the resource and lower-cases", () => {
    expect(toBareJid("Alice@Example.org/Web")).toBe("alice@example.org");
  });

  it("keeps a domain JID as it is", () => {
    expect(toBareJid("pubsub.example.org/x")).toBe("pubsub.example.org");
  });

  it("still cuts an invalid JID at the first /", () => {
    expect(toBareJid("A B@example.org/x")).toBe("a b@example.org");
  });
});
