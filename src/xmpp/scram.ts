// SASL SCRAM-SHA-1 (RFC 5802) and SCRAM-SHA-256 (RFC 7677) for xmpp.js,
// on WebCrypto: xmpp.js's own SCRAM-SHA-1 is missing from its browser
// build and spends one HMAC call per PBKDF2 iteration (40–800 ms a login).
import type { SaslMechanismClass } from "@xmpp/client";
import { decodeBase64 } from "./scram-messages";
import type { Hash } from "./scram-crypto";
import { Scram, type ScramKeys, type ScramOptions } from "./scram-mechanism";

export type {
  ScramCredentials,
  ScramKeys,
  ScramOptions,
} from "./scram-mechanism";
export { Scram } from "./scram-mechanism";

/** RFC 5802: SCRAM with SHA-1. */
export const ScramSha1 = mechanism("SHA-1", "SCRAM-SHA-1");

/** RFC 7677: SCRAM with SHA-256, preferred when the server offers it. */
export const ScramSha256 = mechanism("SHA-256", "SCRAM-SHA-256");

/** The `saslmechanisms` factory xmpp.js keeps as `client.saslFactory`. */
export interface SaslFactoryLike {
  use(mech: SaslMechanismClass): unknown;
  _mechs?: { name: string; mech: SaslMechanismClass }[];
}

/** The SCRAM exchange of the current login, for the last check. */
export interface ScramLogin {
  /**
   * RFC 6120 §6.4.6: the server-final message comes as the data of
   * `<success/>`, which @xmpp/sasl (unlike @xmpp/sasl2) does not pass to
   * the mechanism. Give it the base64 text of that element; throws a
   * PepperError unless the server proved it knows the password. Does
   * nothing when the login did not use SCRAM.
   */
  verifySuccess(base64: string): void;
  /** The keys that logged in, once verified; none for other mechanisms. */
  keys(): ScramKeys | undefined;
}

/**
 * Registers SCRAM-SHA-256 and SCRAM-SHA-1 with the factory, ahead of the
 * mechanisms already there and in place of xmpp.js's own SCRAM-SHA-1
 * (xmpp.js picks the first mechanism in the factory that the server
 * offers). Returns a handle to check the server's final message.
 */
export function registerScram(factory: SaslFactoryLike): ScramLogin {
  let current: Scram | undefined;
  const track = (mech: Scram) => {
    current = mech;
  };
  const mechs = [
    mechanism("SHA-256", "SCRAM-SHA-256", track),
    mechanism("SHA-1", "SCRAM-SHA-1", track),
  ];
  for (const mech of mechs) factory.use(mech);
  putFirst(factory, new Set<unknown>(mechs));

  return {
    verifySuccess(base64: string) {
      if (!current || current.verified) return;
      // RFC 6120 §6.4.6: "=" stands for data of zero length.
      const data = base64 === "=" ? undefined : decodeBase64(base64.trim());
      current.verifyServerFinal(new TextDecoder().decode(data));
    },
    keys: () => current?.keys,
  };
}

function putFirst(factory: SaslFactoryLike, ours: Set<unknown>): void {
  if (!factory._mechs) return;

  const mine = factory._mechs.filter((entry) => ours.has(entry.mech));
  const others = factory._mechs.filter(
    (entry) => !ours.has(entry.mech) && !entry.name.startsWith("SCRAM-"),
  );
  factory._mechs = [...mine, ...others];
}

/**
 * A mechanism class: the factory reads `prototype.name` and calls
 * `new Mechanism()`; `onCreate` sees each instance it makes.
 */
function mechanism(hash: Hash, name: string, onCreate?: (mech: Scram) => void) {
  return class extends Scram {
    protected readonly hash = hash;

    constructor(options?: ScramOptions) {
      super(options);
      onCreate?.(this);
    }

    get name(): string {
      return name;
    }
  };
}
