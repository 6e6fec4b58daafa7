// Every sentence the user reads about a failure comes from here, chosen by
// the error code (RFC 6120 §8.3.3 conditions, or Pepper's own codes), never
// by an exception's message. Each says what went wrong and what to do.

const TEXT: Readonly<Record<string, string>> = {
  "invalid-jid":
    "That doesn't look like a Jabber ID. Write it as name@example.org.",
  "not-authorized": "Wrong Jabber ID or password. Check both and try again.",
  "no-endpoint":
    "Couldn't find a WebSocket endpoint for this server. " +
    "Enter its WebSocket URL under Advanced.",
  unreachable:
    "Couldn't reach the server, or it doesn't speak XMPP over WebSocket " +
    "at that URL. Check the WebSocket URL under Advanced and your " +
    "connection, then try again.",
  "invalid-service":
    "A WebSocket URL starts with wss:// (or ws:// for a server on this " +
    "computer). Check the URL under Advanced.",
  "not-xmpp":
    "The address answered, but not as an XMPP WebSocket endpoint. " +
    "Check the WebSocket URL under Advanced.",
  // case-20: endpoints that speak the draft before RFC 7395, or nothing.
  "old-framing":
    "This server speaks an obsolete WebSocket protocol (older than " +
    "RFC 7395) that Pepper can't use. Ask its admin to update it, or " +
    "enter another WebSocket URL under Advanced.",
  "no-answer":
    "The server did not answer at that WebSocket URL. Check the URL " +
    "under Advanced, or try again in a moment.",
  "ws-subprotocol":
    "The server's WebSocket endpoint is misconfigured: it doesn't accept " +
    'the "xmpp" subprotocol. Ask its admin to fix it.',
  "connection-lost":
    "The connection to your server was lost. " +
    "Enter your password to reconnect.",
  "password-needed":
    "Pepper can't log in with what it remembered any more. " +
    "Enter your password.",
  timeout: "The server took too long to answer. Try again in a moment.",
  "no-mechanism":
    "The server offers no login method Pepper can use safely. " +
    "Ask your server's admin to enable SCRAM, or use a TLS connection.",
  storage:
    "This device won't let Pepper store data here. Pepper still works, " +
    "but it won't remember your timeline after you close the page.",
  quota:
    "This device's storage for Pepper is full. Pepper still works, but " +
    "it won't remember new posts after you close the page.",
  "storage-blocked":
    "An older Pepper is open in another tab and holds this device's " +
    "copy of your timeline. Pepper still works; close that tab and " +
    "reload to have your timeline remembered again.",
  "storage-outdated":
    "A newer Pepper has updated this device's copy of your timeline. " +
    "Pepper still works; reload this page to use it.",
  // Reading a friend's feed (XEP-0060 §6.5.9): how they share, or why
  // their server could not answer. Prosody says forbidden where ejabberd
  // says presence-subscription-required; both mean friends only.
  forbidden:
    "They share posts with friends only. Once they accept you as a " +
    "contact, their posts show here.",
  "presence-subscription-required":
    "They share posts with friends only. Once they accept you as a " +
    "contact, their posts show here.",
  "not-in-roster-group": "They share posts with selected groups only.",
  // Following someone who is not a contact (XEP-0060 §6.1.3): their
  // server refused the subscription.
  "follow-friends-only":
    "They share posts with friends only, so you can't follow them. " +
    "Add them as a contact instead; once they accept, their posts show " +
    "here.",
  "closed-node": "Their posts are private.",
  "item-not-found": "No posts yet.",
  "payload-too-big":
    "This is too long to send. Shorten it, or split it into several posts.",
  // RFC 6120 §8.3.3.13 and §8.3.3.14: your server could not reach theirs.
  "remote-server-not-found":
    "Their server can't be reached from yours: it may not exist, or " +
    "it doesn't talk to other servers. Check the address.",
  "remote-server-timeout":
    "Their server didn't answer yours in time. Pepper will try again " +
    "later; you can also try now.",
  // A server without PEP (XEP-0163) answers one of these to a feed read or
  // a post.
  "feature-not-implemented":
    "The server doesn't support microblogging (PEP), so there are no " +
    "posts here. Its admin can turn it on.",
  "service-unavailable":
    "The server doesn't offer microblogging (PEP) here, or not right " +
    "now. Try again later; if it keeps happening, ask its admin.",
  // Setting our own picture (XEP-0084, case-29 step 5).
  "picture-unreadable":
    "Pepper couldn't read that picture. Choose a PNG, JPEG or GIF image.",
  "picture-too-big":
    "Your server refused the picture as too big. Your old picture stays; " +
    "try a smaller or simpler image.",
  offline: "You're offline. Log in again and Pepper will send it.",
  "comment-forbidden":
    "Their server doesn't let you comment on this post. Your comment is " +
    "still here; you could send it to them in a message instead.",
  "unlike-forbidden":
    "Their server doesn't let you take a like back. Only the post's " +
    "author can remove it now.",
};

const FALLBACK =
  "Something went wrong. Try again; if it keeps happening, reload the page.";

/** The sentence to show for an error code. */
export function errorText(code: string): string {
  return TEXT[code] ?? FALLBACK;
}

/**
 * Codes that describe how someone shares their feed, not a failure
 * (case-17): shown quietly beside the contact, never as an alert, and
 * never retried in a loop.
 */
const SHARING_STATES = new Set([
  "forbidden",
  "presence-subscription-required",
  "not-in-roster-group",
  "closed-node",
  "item-not-found",
  "feature-not-implemented",
]);

export function isSharingState(code: string): boolean {
  return SHARING_STATES.has(code);
}

/**
 * Failures of the server's WebSocket endpoint itself (case-20): shown
 * while Pepper keeps retrying, as they will not pass by themselves and
 * the server's admin needs to hear of them. A plain lost connection is
 * not, as its words ask for a password that is not needed then.
 */
const ENDPOINT_FAULTS = new Set(["old-framing", "no-answer", "ws-subprotocol"]);

export function explainsRetry(code: string): boolean {
  return ENDPOINT_FAULTS.has(code);
}
