// The text of SCRAM messages (RFC 5802 §5.1 and §7): attribute lists,
// names, nonces, and the errors a broken exchange ends with.
import { PepperError } from "./api";
import { fromBase64, toBase64, type Bytes } from "./scram-crypto";

/** RFC 5802 §5.1: server error values that mean a wrong password. */
const CREDENTIAL_ERRORS = new Set(["invalid-proof", "unknown-user"]);

/**
 * Splits `a=1,b=2` into its attributes. A value may itself hold "=" (base64
 * padding), so each attribute is cut at its first "=" only.
 */
export function parseFields(message: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const part of message.split(",")) {
    const cut = part.indexOf("=");
    if (cut === 1) fields[part.slice(0, 1)] = part.slice(2);
  }
  return fields;
}

/** RFC 5802 §5.1: "=" and "," in a name are written "=3D" and "=2C". */
export function saslName(name: string): string {
  return name.replace(/=/g, "=3D").replace(/,/g, "=2C");
}

/** RFC 5802 §5.1: a nonce of printable characters without ",". */
export function randomNonce(): string {
  return toBase64(crypto.getRandomValues(new Uint8Array(18)));
}

/** Decodes base64; returns undefined for empty or invalid input. */
export function decodeBase64(text: string | undefined): Bytes | undefined {
  if (!text) return undefined;
  try {
    return fromBase64(text);
  } catch {
    // atob throws on characters outside base64: a broken message, which
    // the caller rejects with its own error.
    return undefined;
  }
}

export function scramFailure(message: string): PepperError {
  return new PepperError("sasl-failure", `SCRAM: ${message}`);
}

/** RFC 5802 §7 server-error-value, as a PepperError. */
export function serverError(value: string): PepperError {
  const code = CREDENTIAL_ERRORS.has(value) ? "not-authorized" : "sasl-failure";
  return new PepperError(code, `SCRAM: the server says ${value}`);
}
