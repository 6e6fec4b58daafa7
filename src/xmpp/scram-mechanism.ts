// One SCRAM exchange (RFC 5802 §5) in the shape the `saslmechanisms`
// factory of @xmpp/sasl and @xmpp/sasl2 expects: response() for each
// message we send, challenge() for each one we get.
import { PepperError } from "./api";
import {
  fromBase64,
  fromByteString,
  saltedKeys,
  sameBytes,
  saslPrep,
  scramProof,
  toBase64,
  toByteString,
  utf8,
  type Bytes,
  type Hash,
  type SaltedKeys,
} from "./scram-crypto";
import {
  decodeBase64,
  parseFields,
  randomNonce,
  saslName,
  scramFailure,
  serverError,
} from "./scram-messages";

export interface ScramOptions {
  /** The client nonce; random unless a test needs a known one. */
  readonly nonce?: string;
}

/**
 * What a password stands for at one server (RFC 5802 §3), enough to log
 * in again there without it: base64 keys, the salt and iteration count
 * they were made with, and the hash.
 */
export interface ScramKeys {
  readonly hash: Hash;
  readonly salt: string;
  readonly iterations: number;
  readonly clientKey: string;
  readonly serverKey: string;
}

/** What @xmpp/sasl passes to response(); only these fields are read. */
export interface ScramCredentials {
  readonly username?: string | null;
  readonly password?: string | null;
  /** Used when there is no password: a login remembered as keys. */
  readonly keys?: ScramKeys | undefined;
  readonly authzid?: string;
}

type Stage = "start" | "first-sent" | "challenged" | "final-sent" | "done";

export abstract class Scram {
  protected abstract readonly hash: Hash;
  private stage: Stage = "start";
  private readonly nonce: string;
  private gs2Header = "";
  private clientFirstBare = "";
  private serverFirst = "";
  private expected: Bytes | undefined;
  private used: ScramKeys | undefined;

  constructor(options?: ScramOptions) {
    this.nonce = options?.nonce ?? randomNonce();
  }

  /** The SASL mechanism name; a getter, so the factory finds it. */
  abstract get name(): string;

  get clientFirst(): boolean {
    return true;
  }

  /** Whether the server has proved that it knows the password. */
  get verified(): boolean {
    return this.stage === "done";
  }

  /** The keys this login used, once the server has proved itself. */
  get keys(): ScramKeys | undefined {
    return this.verified ? this.used : undefined;
  }

  /**
   * The next message to send. Resolves with the client-first message,
   * then the client-final one, then "" (nothing left to say), each as a
   * byte string for xmpp.js to base64.
   */
  async response(credentials: ScramCredentials): Promise<string> {
    if (this.stage === "start") {
      return toByteString(this.clientFirstMessage(credentials));
    }
    if (this.stage === "challenged") {
      return toByteString(await this.clientFinalMessage(credentials));
    }
    return "";
  }

  /**
   * Takes a server message as xmpp.js decoded it from base64: the
   * server-first message, or a server-final one sent as a challenge.
   * Rejects with a PepperError when the server cannot be trusted.
   */
  async challenge(message: string): Promise<void> {
    const text = fromByteString(message);
    if (this.stage === "first-sent") this.readServerFirst(text);
    else if (this.stage === "final-sent") this.verifyServerFinal(text);
    else throw scramFailure("unexpected challenge");
  }

  /** XEP-0388 §6.3: the server-final data @xmpp/sasl2 hands over. */
  async final(message: string): Promise<void> {
    this.verifyServerFinal(fromByteString(message));
  }

  /**
   * RFC 5802 §3: checks `v=` against the ServerSignature computed for the
   * client-final message. Throws a PepperError on `e=`, on a missing or
   * wrong signature, or when no client-final message was sent.
   */
  verifyServerFinal(message: string): void {
    const fields = parseFields(message);
    if (fields.e !== undefined) throw serverError(fields.e);
    if (this.stage !== "final-sent" || !this.expected) {
      throw scramFailure("unexpected server-final message");
    }

    const signature = decodeBase64(fields.v);
    if (!signature) throw scramFailure("the server sent no signature");
    if (!sameBytes(signature, this.expected)) {
      throw scramFailure("the server's signature is wrong");
    }
    this.stage = "done";
  }

  private clientFirstMessage(credentials: ScramCredentials): string {
    const { username, authzid } = credentials;
    this.gs2Header = authzid ? `n,a=${saslName(authzid)},` : "n,,";
    this.clientFirstBare = `n=${saslName(username ?? "")},r=${this.nonce}`;
    this.stage = "first-sent";
    return this.gs2Header + this.clientFirstBare;
  }

  /** RFC 5802 §5.1: rejects what a genuine server never sends. */
  private readServerFirst(text: string): void {
    const { e, m, r, s, i } = parseFields(text);
    if (e !== undefined) throw serverError(e);
    if (m !== undefined) throw scramFailure("unsupported extension m=");
    if (!r?.startsWith(this.nonce)) throw scramFailure("nonce was changed");
    if (!decodeBase64(s)) throw scramFailure("salt is missing");
    if (!/^[1-9]\d*$/.test(i ?? "")) throw scramFailure("bad iteration count");

    this.serverFirst = text;
    this.stage = "challenged";
  }

  private async clientFinalMessage(
    credentials: ScramCredentials,
  ): Promise<string> {
    const { r } = parseFields(this.serverFirst);
    const binding = toBase64(utf8(this.gs2Header));
    const withoutProof = `c=${binding},r=${r ?? ""}`;
    const authMessage = [this.clientFirstBare, this.serverFirst, withoutProof];

    const keys = await this.keysFor(credentials);
    const proof = await scramProof(this.hash, keys, authMessage.join(","));
    this.expected = proof.serverSignature;
    this.stage = "final-sent";
    return `${withoutProof},p=${toBase64(proof.clientProof)}`;
  }

  /**
   * The password's keys at the server's salt and iteration count, or the
   * remembered ones. Remembered keys made with another salt, count or
   * hash are useless (the password was changed): rejects with a
   * PepperError "password-needed".
   */
  private async keysFor(credentials: ScramCredentials): Promise<SaltedKeys> {
    const { s = "", i = "" } = parseFields(this.serverFirst);
    const salt = s;
    const iterations = Number(i);
    const { password, keys } = credentials;

    let raw: SaltedKeys;
    if (password) {
      const saltBytes = decodeBase64(salt) ?? new Uint8Array();
      raw = await saltedKeys(
        this.hash,
        saslPrep(password),
        saltBytes,
        iterations,
      );
    } else if (
      keys?.hash === this.hash &&
      keys.salt === salt &&
      keys.iterations === iterations
    ) {
      raw = {
        clientKey: fromBase64(keys.clientKey),
        serverKey: fromBase64(keys.serverKey),
      };
    } else {
      throw new PepperError("password-needed", "remembered keys do not fit");
    }

    this.used = {
      hash: this.hash,
      salt,
      iterations,
      clientKey: toBase64(raw.clientKey),
      serverKey: toBase64(raw.serverKey),
    };
    return raw;
  }
}
