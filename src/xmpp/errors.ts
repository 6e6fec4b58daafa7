// Stanza errors (RFC 6120 §8.3) as typed PepperErrors, so that the UI can
// map condition codes to words in one place.
import type { Element } from "@xmpp/xml";
import { PepperError } from "./api";
import { NS_PUBSUB_ERRORS, NS_STANZAS } from "./ns";

/**
 * An `<error/>` as RFC 6120 §8.3.2 shapes it. `code` is the condition the
 * UI should act on: the XEP-0060 application condition when there is one
 * (it says more, e.g. "presence-subscription-required" beside
 * "not-authorized"), else the defined condition.
 */
export class StanzaError extends PepperError {
  /** RFC 6120 §8.3.3: the defined condition. */
  readonly condition: string;
  /** RFC 6120 §8.3.4: the application-specific condition's name. */
  readonly application: string | undefined;

  constructor(code: string, fields: StanzaErrorFields) {
    super(code, fields.text || fields.condition, fields.type);
    this.name = "StanzaError";
    this.condition = fields.condition;
    this.application = fields.application;
  }
}

export interface StanzaErrorFields {
  readonly condition: string;
  readonly application?: string | undefined;
  /** RFC 6120 §8.3.2: the error type (cancel, auth, modify, wait). */
  readonly type?: string | undefined;
  /** The `<text/>`, for logs; never shown as the reason to the user. */
  readonly text?: string | undefined;
}

/**
 * Reads the `<error/>` of an error stanza, or an `<error/>` element given
 * directly. Returns a StanzaError; one with no defined condition gets
 * "undefined-condition" (RFC 6120 §8.3.3.21).
 */
export function errorFromStanza(el: Element): PepperError {
  const error = el.getName() === "error" ? el : el.getChild("error");
  const children = error?.getChildElements() ?? [];
  const defined = children.find(
    (child) => child.getNS() === NS_STANZAS && child.getName() !== "text",
  );
  const application = children.find((child) => child.getNS() !== NS_STANZAS);
  const condition = defined?.getName() ?? "undefined-condition";
  const feature = application?.attrs.feature;

  return new StanzaError(codeOf(condition, application), {
    condition,
    application: application?.getName(),
    type: error?.attrs.type,
    text:
      error?.getChildText("text", NS_STANZAS)?.trim() ||
      (feature && `${condition}: ${feature}`),
  });
}

/**
 * Turns whatever `iqCaller.request()` (or a SASL exchange) rejected with
 * into a PepperError: a stanza error keeps its conditions, an xmpp.js
 * TimeoutError becomes "timeout", anything else "unknown" with its message.
 */
export function toPepperError(err: unknown): PepperError {
  if (err instanceof PepperError) return err;
  if (!(err instanceof Error)) return new PepperError("unknown", String(err));

  const fields = err as Error & { element?: unknown; condition?: unknown };
  // xmpp.js takes the first child of <error/> as the condition, but
  // ejabberd puts the pubsub#errors condition first, so read it again.
  if (err.name === "StanzaError" && isElement(fields.element)) {
    return errorFromStanza(fields.element);
  }
  if (typeof fields.condition === "string") {
    return new PepperError(fields.condition, err.message);
  }
  if (err.name === "TimeoutError") {
    return new PepperError("timeout", "The server did not answer in time.");
  }
  return new PepperError("unknown", err.message);
}

/**
 * XEP-0060 §14.2: a pubsub#errors condition wins, except `unsupported`,
 * which always comes with feature-not-implemented and only adds which
 * feature is missing (kept in the message).
 */
function codeOf(condition: string, application?: Element): string {
  if (application?.getNS() !== NS_PUBSUB_ERRORS) return condition;
  const name = application.getName();
  return name === "unsupported" ? condition : name;
}

function isElement(value: unknown): value is Element {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Element).getChildElements === "function"
  );
}
