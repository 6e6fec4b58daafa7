// Types for the xmpp.js errors that tests create to check how Pepper
// reads them; the packages ship plain JavaScript.

declare module "@xmpp/middleware/lib/StanzaError.js" {
  import type { Element } from "@xmpp/xml";

  export default class StanzaError extends Error {
    static fromElement(element: Element): StanzaError;
    condition: string;
    text: string;
    type: string | undefined;
    element: Element;
  }
}

declare module "@xmpp/sasl/lib/SASLError.js" {
  import type { Element } from "@xmpp/xml";

  export default class SASLError extends Error {
    static fromElement(element: Element): SASLError;
    condition: string;
  }
}

declare module "@xmpp/events" {
  export class TimeoutError extends Error {}
}

declare module "saslmechanisms" {
  import type { SaslMechanismClass } from "@xmpp/client";

  export default class Factory {
    _mechs: { name: string; mech: SaslMechanismClass }[];
    use(mech: SaslMechanismClass): Factory;
    create(names: string[]): unknown;
  }
}
