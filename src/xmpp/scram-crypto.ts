// The arithmetic of SCRAM (RFC 5802 §3) on WebCrypto, and the byte and
// base64 conversions around it.

export type Hash = "SHA-1" | "SHA-256";
export type Bytes = Uint8Array<ArrayBuffer>;

/** The proof we send and the signature we expect back (RFC 5802 §3). */
export interface ScramProof {
  readonly clientProof: Bytes;
  readonly serverSignature: Bytes;
}

const BITS: Record<Hash, number> = { "SHA-1": 160, "SHA-256": 256 };

/** RFC 3454 C.1.2: non-ASCII spaces, which SASLprep maps to a space. */
const NON_ASCII_SPACE = /[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000]/g;
/**
 * RFC 3454 B.1: code points SASLprep maps to nothing. A set rather than a
 * character class, as most are joiners and variation selectors.
 */
const MAPPED_TO_NOTHING = new Set([
  0x00ad,
  0x034f,
  0x1806,
  0x180b,
  0x180c,
  0x180d,
  0x200c,
  0x200d,
  0x2060,
  0xfeff,
  ...Array.from({ length: 16 }, (_, i) => 0xfe00 + i),
]);

/**
 * RFC 4013 §2, mapping and normalisation only: the prohibited-character
 * and bidi checks are left to the server, which rejects a bad password
 * anyway. Without this, "pässword" typed as a + combining mark would not
 * match the same password set as a precomposed ä.
 */
export function saslPrep(password: string): string {
  return Array.from(password.replace(NON_ASCII_SPACE, " "))
    .filter((char) => !MAPPED_TO_NOTHING.has(char.codePointAt(0) ?? 0))
    .join("")
    .normalize("NFKC");
}

/**
 * RFC 5802 §3: the two keys a password stands for at one salt and
 * iteration count. They log in as well as the password does, but only
 * there: they cannot be turned back into the password (RFC 5802 §9).
 */
export interface SaltedKeys {
  readonly clientKey: Bytes;
  readonly serverKey: Bytes;
}

/**
 * RFC 5802 §3 from the password to ClientKey and ServerKey. Hi() is
 * PBKDF2 (RFC 2898 §5.2), so it is one deriveBits call instead of one
 * HMAC call per iteration.
 */
export async function saltedKeys(
  hash: Hash,
  password: string,
  salt: Bytes,
  iterations: number,
): Promise<SaltedKeys> {
  const salted = await pbkdf2(hash, utf8(password), salt, iterations);
  return {
    clientKey: await hmac(hash, salted, utf8("Client Key")),
    serverKey: await hmac(hash, salted, utf8("Server Key")),
  };
}

/** RFC 5802 §3 from ClientKey and ServerKey to the proof and signature. */
export async function scramProof(
  hash: Hash,
  keys: SaltedKeys,
  authMessage: string,
): Promise<ScramProof> {
  const storedKey = await digest(hash, keys.clientKey);
  const clientSignature = await hmac(hash, storedKey, utf8(authMessage));

  return {
    clientProof: xor(keys.clientKey, clientSignature),
    serverSignature: await hmac(hash, keys.serverKey, utf8(authMessage)),
  };
}

/** Compares in time that does not depend on where the bytes differ. */
export function sameBytes(a: Bytes, b: Bytes): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < a.length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

export function utf8(text: string): Bytes {
  return new TextEncoder().encode(text);
}

export function toBase64(bytes: Bytes): string {
  return btoa(String.fromCharCode(...bytes));
}

/** Decodes base64; throws a SyntaxError-like DOMException when invalid. */
export function fromBase64(text: string): Bytes {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

/**
 * xmpp.js base64-encodes SASL messages with btoa, which takes one byte
 * per character, and hands challenges over decoded the same way.
 */
export function toByteString(text: string): string {
  return String.fromCharCode(...utf8(text));
}

export function fromByteString(bytes: string): string {
  const array = Uint8Array.from(bytes, (char) => char.charCodeAt(0));
  return new TextDecoder().decode(array);
}

async function pbkdf2(hash: Hash, key: Bytes, salt: Bytes, iterations: number) {
  const base = await crypto.subtle.importKey("raw", key, "PBKDF2", false, [
    "deriveBits",
  ]);
  const params = { name: "PBKDF2", hash, salt, iterations };
  return new Uint8Array(
    await crypto.subtle.deriveBits(params, base, BITS[hash]),
  );
}

async function hmac(hash: Hash, key: Bytes, data: Bytes): Promise<Bytes> {
  const params = { name: "HMAC", hash };
  const secret = await crypto.subtle.importKey("raw", key, params, false, [
    "sign",
  ]);
  return new Uint8Array(await crypto.subtle.sign("HMAC", secret, data));
}

async function digest(hash: Hash, data: Bytes): Promise<Bytes> {
  return new Uint8Array(await crypto.subtle.digest(hash, data));
}

function xor(a: Bytes, b: Bytes): Bytes {
  return a.map((byte, i) => byte ^ (b[i] ?? 0));
}
