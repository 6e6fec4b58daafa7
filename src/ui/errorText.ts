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
  // Pictures (XEP-0363 uploads). The text and the pictures always stay in
  // the composer, so each sentence says so.
  "file-too-large":
    "That picture is bigger than your server takes. Choose a smaller " +
    "one; your post is still here.",
  "upload-failed":
    "The pictures couldn't be uploaded. Your post and its pictures are " +
    "still here: try Post again.",
  "no-upload-service":
    "Your server doesn't take picture uploads (XEP-0363), so this post " +
    "can't carry pictures. Remove them to post the text, or ask your " +
    "server's admin to turn uploads on.",
  "pictures-offline":
    "Pictures need a connection to go up. Your post and its pictures " +
    "stay here: post again once you're back online, or remove the " +
    "pictures to send the text when the connection returns.",
  "not-a-picture":
    "Only pictures can be attached: PNG, JPEG, GIF or WebP files.",
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
 * The sentence for a picture over the server's limit, naming the limit
 * the server gave (XEP-0363 §3 max-file-size) and the picture.
 */
export function tooLargeText(name: string, size: number, limit: number) {
  return (
    `"${name}" is ${megabytes(size, "up")}, and your server takes ` +
    `pictures up to ${megabytes(limit)}. Choose a smaller one or shrink ` +
    "it; your post is still here."
  );
}

/** Bytes as MB with one decimal at most (1 MB = 1,048,576 bytes). */
function megabytes(bytes: number, round: "up" | "down" = "down"): string {
  const tenths = (bytes / 1024 / 1024) * 10;
  const shown = (round === "up" ? Math.ceil(tenths) : Math.floor(tenths)) / 10;
  return `${shown} MB`;
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
