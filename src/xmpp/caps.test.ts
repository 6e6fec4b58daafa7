import type { Element } from "@xmpp/xml";
import { describe, expect, it } from "vitest";
import { caseStep } from "../../test/fixtures";
import {
  CAPS_NODE,
  capsElement,
  capsVerificationString,
  computeVer,
  discoInfoResult,
  type Identity,
} from "./caps";
import { NS_DISCO_INFO } from "./ns";

/** XEP-0115 §5.2, the simple generation example. */
const EXODUS: Identity = {
  category: "client",
  type: "pc",
  name: "Exodus 0.9.1",
};
const EXODUS_FEATURES = [
  "http://jabber.org/protocol/disco#info",
  "http://jabber.org/protocol/disco#items",
  "http://jabber.org/protocol/muc",
  "http://jabber.org/protocol/caps",
];

function readQuery(query: Element) {
  const identities = query
    .getChildren("identity", NS_DISCO_INFO)
    .map(({ attrs }): Identity => ({
      category: attrs.category ?? "",
      type: attrs.type ?? "",
      ...(attrs.name === undefined ? {} : { name: attrs.name }),
    }));
  const features = query
    .getChildren("feature", NS_DISCO_INFO)
    .map(({ attrs }) => attrs.var ?? "");
  return { identities, features };
}

describe("capsVerificationString", () => {
  it("follows XEP-0115 §5.2's worked example", () => {
    expect(capsVerificationString([EXODUS], EXODUS_FEATURES)).toBe(
      "client/pc//Exodus 0.9.1<" +
        "http://jabber.org/protocol/caps<" +
        "http://jabber.org/protocol/disco#info<" +
        "http://jabber.org/protocol/disco#items<" +
        "http://jabber.org/protocol/muc<",
    );
  });

  it("sorts identities by category, type and language", () => {
    const identities: Identity[] = [
      { category: "client", type: "web", lang: "fr", name: "Poivre" },
      { category: "client", type: "web", lang: "en", name: "Pepper" },
      { category: "account", type: "registered" },
    ];
    expect(capsVerificationString(identities, [])).toBe(
      "account/registered//<client/web/en/Pepper<client/web/fr/Poivre<",
    );
  });
});

describe("computeVer", () => {
  it("gives XEP-0115 §5.2's ver for its example", async () => {
    expect(await computeVer([EXODUS], EXODUS_FEATURES)).toBe(
      "QgayPKawpkPSDYmwT/WM94uAlu0=",
    );
  });

  it("gives case-16's ver for its disco#info, not the wrong one", async () => {
    const [note, iq] = caseStep("case-16", "3");
    const query = iq?.getChild("query", NS_DISCO_INFO);
    const { identities, features } = readQuery(query ?? capsElement(""));
    features.reverse();
    expect(capsVerificationString(identities, features)).toBe(note?.getText());
    const ver = await computeVer(identities, features);
    expect(ver).toBe("B52OAULvA34goM9ouqQT/KBDHSw=");
    expect(ver).not.toBe("GMaiwk1qoussxng9J09IYaVww8U=");
  });

  it("matches what discoInfoResult answers with", async () => {
    const { identities, features } = readQuery(discoInfoResult());
    expect(await computeVer(identities, features)).toBe(await computeVer());
  });

  it("is the same on every call: there is no per-user data in it", async () => {
    expect(await computeVer()).toBe(await computeVer());
    expect(capsVerificationString()).toMatch(/^client\/web\/\/Pepper</);
  });
});

describe("capsElement", () => {
  it("names Pepper's node, SHA-1 and the ver", () => {
    expect(capsElement("x=").attrs).toEqual({
      xmlns: "http://jabber.org/protocol/caps",
      hash: "sha-1",
      node: CAPS_NODE,
      ver: "x=",
    });
  });
});

describe("discoInfoResult", () => {
  it("echoes the node it was asked about", () => {
    const node = `${CAPS_NODE}#abc=`;
    expect(discoInfoResult(node).attrs.node).toBe(node);
  });

  it("advertises microblog notifications", () => {
    const { features } = readQuery(discoInfoResult());
    expect(features).toContain("urn:xmpp:microblog:0+notify");
    expect(features).toContain("http://jabber.org/protocol/caps");
  });

  it("advertises avatar metadata notifications, not the data's", () => {
    const { features } = readQuery(discoInfoResult());
    expect(features).toContain("urn:xmpp:avatar:metadata+notify");
    expect(features).not.toContain("urn:xmpp:avatar:data+notify");
  });
});
