// case-28: what a contact row says of each subscription state.
import { describe, expect, it } from "vitest";
import type { Contact, Subscription } from "../model";
import { i18n } from "../i18n";
import { sharingText as textIn } from "./contactText";

const sharingText = (contact: Contact) => textIn(i18n.getFixedT("en"), contact);

function contact(subscription: Subscription, pending = false): Contact {
  const jid = "erin@example.test";
  return { jid, subscription, pending, availability: "offline" };
}

describe("sharingText", () => {
  it("shows our outbound request as sent and waiting (step 1)", () => {
    expect(sharingText(contact("none", true))).toBe("request sent, waiting");
  });

  it("calls only subscription both a two-way friendship", () => {
    expect(sharingText(contact("both"))).toBe("sharing both ways");
    for (const one of ["to", "from", "none"] as const) {
      expect(sharingText(contact(one))).not.toMatch(/both|mutual|friend/);
    }
  });

  it("says that a 'from' contact sees our posts but we not theirs (step 5)", () => {
    expect(sharingText(contact("from"))).toBe("they don't share with you");
  });
});
