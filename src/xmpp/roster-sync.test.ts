import type { Element } from "@xmpp/xml";
import { describe, expect, it } from "vitest";
import { stanza } from "../../test/fixtures";
import type { RosterItem } from "./api";
import { fetchRoster } from "./roster-sync";

const ME = "bob@example.test";
const ALICE: RosterItem = {
  jid: "alice@example.test",
  subscription: "both",
  pending: false,
};

/** A server that answers every request with `answer`, recording each. */
function server(answer: string) {
  const asked: Element[] = [];
  const request = (iq: Element) => {
    asked.push(iq);
    return Promise.resolve(stanza(answer));
  };
  const verSent = () => asked[0]?.getChild("query")?.attrs.ver;
  return { request, asked, verSent };
}

const FULL = `<iq type="result"><query xmlns="jabber:iq:roster" ver="v2">
  <item jid="alice@example.test" subscription="both"/>
  <item jid="carol@example.test" subscription="to"/>
</query></iq>`;

describe("fetchRoster", () => {
  it("sends no version to a server that keeps none", async () => {
    const { request, verSent } = server(FULL.replace(` ver="v2"`, ""));
    const cached = { ver: "v1", items: [ALICE] };

    const roster = await fetchRoster(request, ME, {
      versioning: false,
      cached,
    });

    expect(verSent()).toBeUndefined();
    expect(roster.items).toHaveLength(2);
    expect(roster.ver).toBeNull();
  });

  it("sends an empty version when it holds none", async () => {
    const { request, verSent } = server(FULL);
    const roster = await fetchRoster(request, ME, { versioning: true });

    expect(verSent()).toBe("");
    expect(roster).toMatchObject({ ver: "v2" });
  });

  it("keeps the cached roster when the server says it stands", async () => {
    const { request, asked, verSent } = server(`<iq type="result"/>`);
    const cached = { ver: "v1", items: [ALICE] };

    const roster = await fetchRoster(request, ME, { versioning: true, cached });

    expect(asked).toHaveLength(1);
    expect(verSent()).toBe("v1");
    expect(roster).toEqual({ items: [ALICE], ver: "v1" });
  });

  it("takes the whole roster and its version when it changed", async () => {
    const { request } = server(FULL);
    const cached = { ver: "v1", items: [ALICE] };

    const roster = await fetchRoster(request, ME, { versioning: true, cached });

    expect(roster.ver).toBe("v2");
    expect(roster.items.map((item) => item.jid)).toEqual([
      "alice@example.test",
      "carol@example.test",
    ]);
  });
});
