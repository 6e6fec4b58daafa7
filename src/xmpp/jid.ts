// JIDs as RFC 7622 shapes them: [local "@"] domain ["/" resource]. This is
// a shape check with the usual normalisation, not a full PRECIS profile:
// what the server accepts is the final word.
import type { BareJid } from "../model";

/** The three parts of a JID; `local` and `domain` are lower-cased. */
export interface Jid {
  readonly local?: string;
  readonly domain: string;
  readonly resource?: string;
}

type Checked = { ok: true; jid: Jid } | { ok: false; reason: string };

/** RFC 7622 §3.3.1: characters a localpart may not hold. */
const FORBIDDEN_IN_LOCAL = /["&'/:<>@]/;
const SPACE_OR_CONTROL = /[\s\p{Cc}]/u;
const CONTROL = /\p{Cc}/u;
const FORBIDDEN_IN_DOMAIN = /["&'/:<>@\\]/;
const IP_LITERAL = /^\[[0-9a-f:.]+\]$/;

/** RFC 7622 §3.2, §3.3, §3.4: each part is at most 1023 octets. */
const MAX_OCTETS = 1023;

/**
 * Parses a JID. Returns its parts, with the localpart and domainpart
 * lower-cased and NFC-normalised and a final dot dropped from the domain
 * (RFC 7622 §3.2); returns null when the string is not shaped like a JID.
 */
export function parseJid(input: string): Jid | null {
  const checked = check(input);
  return checked.ok ? checked.jid : null;
}

/**
 * Checks what a user typed as an account or a contact. Surrounding spaces
 * are ignored and a resource is dropped. Returns the bare JID, or a short
 * sentence saying what is wrong with the input.
 */
export function validateBareJid(
  input: string,
): { ok: true; jid: BareJid } | { ok: false; reason: string } {
  const trimmed = input.trim();
  if (trimmed === "") {
    return { ok: false, reason: "Enter an address like alice@example.org." };
  }

  const checked = check(trimmed);
  if (!checked.ok) return checked;
  if (checked.jid.local === undefined) {
    return {
      ok: false,
      reason: "Add the user name and an @ before the server name.",
    };
  }
  return { ok: true, jid: bare(checked.jid) };
}

/**
 * The bare JID of a JID string (RFC 6120 §1.4: without the resource).
 * Input that is not a valid JID is only cut at the first "/" and
 * lower-cased, so the result can still be compared, never trusted.
 */
export function toBareJid(jid: string): BareJid {
  const parsed = parseJid(jid);
  if (parsed) return bare(parsed);
  return (jid.split("/")[0] ?? "").toLowerCase();
}

function bare(jid: Jid): BareJid {
  return jid.local === undefined ? jid.domain : `${jid.local}@${jid.domain}`;
}

/** RFC 7622 §3.1: the resource starts at the first "/", then the first "@". */
function check(input: string): Checked {
  const slash = input.indexOf("/");
  const head = slash < 0 ? input : input.slice(0, slash);
  const at = head.indexOf("@");
  const local = at < 0 ? undefined : head.slice(0, at).normalize("NFC");
  const domain = head.slice(at + 1).normalize("NFC");
  const resource = slash < 0 ? undefined : input.slice(slash + 1);

  const reason =
    checkLocal(local) ?? checkDomain(domain) ?? checkResource(resource);
  if (reason) return { ok: false, reason };

  const jid: Jid = {
    domain: domain.replace(/\.$/, "").toLowerCase(),
    ...(local === undefined ? {} : { local: local.toLowerCase() }),
    ...(resource === undefined ? {} : { resource: resource.normalize("NFC") }),
  };
  return { ok: true, jid };
}

function checkLocal(local: string | undefined): string | undefined {
  if (local === undefined) return undefined;
  if (local === "") return "The user name before the @ is missing.";
  if (SPACE_OR_CONTROL.test(local)) return "An address cannot contain spaces.";
  if (FORBIDDEN_IN_LOCAL.test(local)) {
    return `The user name cannot contain " & ' / : < > or @.`;
  }
  return tooLong(local);
}

function checkDomain(domain: string): string | undefined {
  if (domain.includes("@")) return "An address has only one @.";
  if (domain === "") return "The server name after the @ is missing.";
  if (SPACE_OR_CONTROL.test(domain)) return "An address cannot contain spaces.";
  if (IP_LITERAL.test(domain.toLowerCase())) return undefined;

  const labels = domain.replace(/\.$/, "").split(".");
  if (FORBIDDEN_IN_DOMAIN.test(domain) || labels.includes("")) {
    return "The server name is not valid.";
  }
  return tooLong(domain);
}

/** RFC 7622 §3.4: a resource may hold spaces, but must not be empty. */
function checkResource(resource: string | undefined): string | undefined {
  if (resource === undefined) return undefined;
  if (resource === "" || CONTROL.test(resource)) {
    return "The part after the / is not valid.";
  }
  return tooLong(resource);
}

function tooLong(part: string): string | undefined {
  // A UTF-16 code unit is at most 3 octets in UTF-8: most parts are short
  // enough that encoding them (a roster of thousands at login) is no use.
  if (part.length * 3 <= MAX_OCTETS) return undefined;
  const octets = new TextEncoder().encode(part).length;
  return octets > MAX_OCTETS ? "The address is too long." : undefined;
}
