import { describe, expect, it } from "vitest";
import { canonical, stanza } from "../../test/fixtures";
import { capsElement } from "./caps";
import {
  initialPresence,
  parsePresence,
  subscribe,
  subscribed,
  unsubscribed,
} from "./presence";

describe("parsePresence", () => {
  it("reads available presence as online, with the resource", () => {
    const el = stanza(`<presence from="Alice@example.test/phone"/>`);
    expect(parsePresence(el)).toEqual({
      kind: "availability",
      jid: "alice@example.test",
      resource: "phone",
      availability: "online",
    });
  });

  it.each([
    ["away", "away"],
    ["xa", "away"],
    ["dnd", "away"],
    ["chat", "online"],
  ])("shows <show>%s</show> as %s", (show, availability) => {
    const el = stanza(
      `<presence from="alice@example.test/a"><show>${show}</show></presence>`,
    );
    expect(parsePresence(el)).toMatchObject({ availability });
  });

  it("reads unavailable as offline", () => {
    const el = stanza(
      `<presence from="alice@example.test/a" type="unavailable"/>`,
    );
    expect(parsePresence(el)).toMatchObject({ availability: "offline" });
  });

  it.each(["subscribe", "subscribed", "unsubscribe", "unsubscribed"])(
    "reads a %s request with the bare JID",
    (type) => {
      const el = stanza(
        `<presence from="carol@example.test/x" type="${type}"/>`,
      );
      expect(parsePresence(el)).toEqual({
        kind: type,
        jid: "carol@example.test",
      });
    },
  );

  it("ignores errors, probes and presence without from", () => {
    const error = `<presence from="a@example.test" type="error"/>`;
    const probe = `<presence from="a@example.test" type="probe"/>`;
    expect(parsePresence(stanza(error))).toBeNull();
    expect(parsePresence(stanza(probe))).toBeNull();
    expect(parsePresence(stanza(`<presence/>`))).toBeNull();
  });
});

describe("presence builders", () => {
  it("address subscription presences to the bare JID", () => {
    expect(subscribe("a@example.test").attrs).toEqual({
      to: "a@example.test",
      type: "subscribe",
    });
    expect(subscribed("a@example.test").attrs.type).toBe("subscribed");
    expect(unsubscribed("a@example.test").attrs.type).toBe("unsubscribed");
  });

  it("puts the caps element in the initial presence", () => {
    expect(canonical(initialPresence(capsElement("abc=")))).toEqual(
      canonical(
        stanza(`
          <presence>
            <c xmlns="http://jabber.org/protocol/caps" hash="sha-1"
               node="https://pepper.invalid/caps" ver="abc="/>
          </presence>`),
      ),
    );
  });
});
