import { TimeoutError } from "@xmpp/events";
import SASLError from "@xmpp/sasl/lib/SASLError.js";
import StanzaErrorJs from "@xmpp/middleware/lib/StanzaError.js";
import { describe, expect, it } from "vitest";
import { caseStanza, stanza } from "../../test/fixtures";
import { PepperError } from "./api";
import { errorFromStanza, StanzaError, toPepperError } from "./errors";

describe("errorFromStanza", () => {
  it("takes the defined condition, the type and the text", () => {
    const error = errorFromStanza(caseStanza("case-13", "2"));
    expect(error).toBeInstanceOf(StanzaError);
    expect(error).toMatchObject({
      code: "not-acceptable",
      type: "modify",
      message: "max_items exceeds the limit of this service",
    });
  });

  it("prefers a pubsub#errors condition to the defined one", () => {
    const error = errorFromStanza(caseStanza("case-14", "2"));
    expect(error).toMatchObject({
      code: "precondition-not-met",
      condition: "conflict",
      application: "precondition-not-met",
      type: "cancel",
    });
  });

  it.each([
    ["2a", "presence-subscription-required", "auth"],
    ["2b", "not-in-roster-group", "auth"],
    ["2c", "closed-node", "cancel"],
    ["2d", "item-not-found", "cancel"],
    ["2e", "feature-not-implemented", "cancel"],
  ])("gives case-17 step %s its own code, %s", (step, code, type) => {
    expect(errorFromStanza(caseStanza("case-17", step))).toMatchObject({
      code,
      type,
    });
  });

  it("names the missing feature of an unsupported error", () => {
    const error = errorFromStanza(caseStanza("case-17", "2e"));
    expect(error.message).toBe("feature-not-implemented: retrieve-items");
  });

  it("reads an application condition that comes first (ejabberd)", () => {
    const error = errorFromStanza(
      stanza(`
        <iq type="error" id="1">
          <error type="auth">
            <presence-subscription-required
              xmlns="http://jabber.org/protocol/pubsub#errors"/>
            <not-authorized xmlns="urn:ietf:params:xml:ns:xmpp-stanzas"/>
          </error>
        </iq>`),
    );
    expect(error).toMatchObject({
      code: "presence-subscription-required",
      condition: "not-authorized",
    });
  });

  it("ignores an application condition of another namespace", () => {
    const error = errorFromStanza(
      stanza(`
        <error type="wait">
          <resource-constraint xmlns="urn:ietf:params:xml:ns:xmpp-stanzas"/>
          <too-busy xmlns="urn:example:app"/>
        </error>`),
    );
    expect(error).toMatchObject({
      code: "resource-constraint",
      application: "too-busy",
    });
  });

  it("falls back to undefined-condition for an empty error", () => {
    const error = errorFromStanza(stanza(`<iq type="error"/>`));
    expect(error.code).toBe("undefined-condition");
  });
});

describe("toPepperError", () => {
  it("reads a StanzaError that xmpp.js's iqCaller rejected with", () => {
    const [error] = caseStanza("case-17", "2a").getChildElements();
    const rejected = StanzaErrorJs.fromElement(error ?? stanza("<error/>"));
    expect(toPepperError(rejected)).toMatchObject({
      code: "presence-subscription-required",
      type: "auth",
    });
  });

  it("re-reads ejabberd's order, which xmpp.js gets wrong", () => {
    const error = stanza(`
      <error type="auth">
        <presence-subscription-required
          xmlns="http://jabber.org/protocol/pubsub#errors"/>
        <not-authorized xmlns="urn:ietf:params:xml:ns:xmpp-stanzas"/>
      </error>`);
    const rejected = StanzaErrorJs.fromElement(error);
    expect(rejected.condition).toBe("presence-subscription-required");
    expect(toPepperError(rejected)).toMatchObject({
      code: "presence-subscription-required",
      condition: "not-authorized",
    });
  });

  it("turns an xmpp.js TimeoutError into timeout", () => {
    expect(toPepperError(new TimeoutError()).code).toBe("timeout");
  });

  it("keeps the condition of a SASL failure", () => {
    const failure = SASLError.fromElement(
      stanza(`
        <failure xmlns="urn:ietf:params:xml:ns:xmpp-sasl">
          <not-authorized/>
        </failure>`),
    );
    expect(toPepperError(failure).code).toBe("not-authorized");
  });

  it("returns a PepperError as it is", () => {
    const error = new PepperError("storage", "quota");
    expect(toPepperError(error)).toBe(error);
  });

  it("keeps the message of anything else under unknown", () => {
    expect(toPepperError(new TypeError("boom"))).toMatchObject({
      code: "unknown",
      message: "boom",
    });
    expect(toPepperError("odd")).toMatchObject({
      code: "unknown",
      message: "odd",
    });
  });
});

describe("errorFromStanza, errors met on other servers", () => {
  const NS = 'xmlns="urn:ietf:params:xml:ns:xmpp-stanzas"';

  // Each as the server in the comment sent it to a feed read over s2s or
  // on its own domain (federation tests, ../shared/servers/RECIPE.md).
  it.each([
    // Prosody 0.12, a stranger reading a presence-access node.
    ["forbidden", `<error type="auth"><forbidden ${NS}/></error>`],
    // Prosody 0.12, no s2s route: "NXDomain in A lookup".
    [
      "remote-server-not-found",
      `<error type="cancel"><remote-server-not-found ${NS}/>
        <text ${NS}>Server-to-server connection failed: NXDomain</text>
      </error>`,
    ],
    // Prosody 0.12, the peer refused dialback.
    [
      "remote-server-timeout",
      `<error type="wait"><remote-server-timeout ${NS}/>
        <text ${NS}>Server-to-server connection failed: not-authorized</text>
      </error>`,
    ],
    // A server without PEP answering for an account.
    [
      "service-unavailable",
      `<error type="cancel"><service-unavailable ${NS}/></error>`,
    ],
  ])("reads %s", (code, error) => {
    expect(errorFromStanza(stanza(error))).toMatchObject({ code });
  });
});
