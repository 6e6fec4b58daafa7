// case-26: a presence batch must not sort 8,000 names again.
import { describe, expect, it } from "vitest";
import type { Contact } from "../model";
import { orderContacts } from "./contactOrder";
import { byName } from "./contactText";

function contact(n: number, name = `User ${n}`): Contact {
  const jid = `u${n}@example.test`;
  return {
    jid,
    name,
    subscription: "both",
    pending: false,
    availability: "offline",
  };
}

const byJid = (contacts: Contact[]) =>
  Object.fromEntries(contacts.map((c) => [c.jid, c]));

const byEnglishName = byName("en");

/** byName, counting its calls. */
function countingCompare() {
  let calls = 0;
  const compare = (a: Contact, b: Contact) => {
    calls++;
    return byEnglishName(a, b);
  };
  return { compare, calls: () => calls };
}

describe("orderContacts", () => {
  const roster = Array.from({ length: 8000 }, (_, i) => contact(i + 1));

  it("sorts by name the first time", () => {
    const { compare, calls } = countingCompare();
    const sorted = orderContacts(byJid(roster), [], compare);

    expect(sorted.slice(0, 3).map((c) => c.name)).toEqual([
      "User 1",
      "User 10",
      "User 100",
    ]);
    expect(calls()).toBeGreaterThan(0);
  });

  it("keeps the order without comparing when only presence changed", () => {
    const first = orderContacts(byJid(roster), []);
    const online = roster.map((c): Contact => ({
      ...c,
      availability: "online",
    }));
    const { compare, calls } = countingCompare();

    const next = orderContacts(byJid(online), first, compare);

    expect(calls()).toBe(0);
    expect(next.map((c) => c.jid)).toEqual(first.map((c) => c.jid));
    expect(next.every((c) => c.availability === "online")).toBe(true);
  });

  it("sorts again when a name changed", () => {
    const first = orderContacts(byJid(roster), []);
    const renamed = [...roster.slice(1), contact(1, "Zoe")];

    expect(orderContacts(byJid(renamed), first).at(-1)?.name).toBe("Zoe");
  });

  it("sorts again when one unnamed contact took another's place", () => {
    const { name: _, ...unnamed } = contact(1);
    const first = orderContacts(byJid([...roster.slice(1), unnamed]), []);
    const swapped = [...roster.slice(1), { ...unnamed, jid: "a@example.test" }];

    const jids = orderContacts(byJid(swapped), first).map((c) => c.jid);
    expect(jids[0]).toBe("a@example.test");
    expect(jids).not.toContain("u1@example.test");
  });
});
