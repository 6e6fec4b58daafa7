// Fill the demo Prosody with three friends and their posts.
//
//   node --experimental-websocket scripts/seed-demo.mjs [WS_URL]
//
// WS_URL defaults to ws://127.0.0.1:5280/xmpp-websocket (npm start's
// server); the accounts alice, bob and carol must exist, with passwords
// NAMEpass. Item ids are fixed, so a second run replaces rather than adds.
import { xml } from "@xmpp/client";

import { createHash } from "node:crypto";

import { demoUsers } from "./demo-posts.mjs";
import { badgePng } from "./lib/png.mjs";
import { createCommentsNodeRequest } from "./lib/stanzas.mjs";
import { befriend, login } from "./lib/xmpp-node.mjs";

const service = process.argv[2] ?? "ws://127.0.0.1:5280/xmpp-websocket";
const domain = "localhost";
const HOUR_MS = 3_600_000;
const NS_ATOM = "http://www.w3.org/2005/Atom";
const NS_NICK = "http://jabber.org/protocol/nick";
const NS_AVATAR_DATA = "urn:xmpp:avatar:data";
const NODE_VCARD4 = "urn:xmpp:vcard4";
const NS_VCARD4 = "urn:ietf:params:xml:ns:vcard-4.0";
const NS_AVATAR_METADATA = "urn:xmpp:avatar:metadata";

/** Each demo account's picture colour. */
const COLOURS = {
  alice: [46, 125, 107],
  bob: [176, 92, 42],
  carol: [92, 72, 160],
};

const bare = (name) => `${name}@${domain}`;

// XEP-0277 §3: an Atom entry with a unique id, the author's xmpp: URI and a
// link back to the item. RFC 4287 §4.2.6 wants the id permanent, hence tag:.
function demoEntry(user, post, itemId) {
  const when = new Date(Date.now() - post.hoursAgo * HOUR_MS).toISOString();
  const node = encodeURIComponent("urn:xmpp:microblog:0");
  const href = `xmpp:${bare(user.name)}?;node=${node};item=${itemId}`;
  const comments = encodeURIComponent(commentsNode(itemId));
  const replies = `xmpp:${bare(user.name)}?;node=${comments}`;
  return xml(
    "entry",
    { xmlns: NS_ATOM },
    xml("title", { type: "text" }, post.title),
    xml("content", { type: "text" }, post.content),
    xml(
      "author",
      {},
      xml("name", {}, user.nick),
      xml("uri", {}, `xmpp:${bare(user.name)}`),
    ),
    xml("id", {}, `tag:${domain},${when.slice(0, 10)}:posts-${itemId}`),
    xml("published", {}, when),
    xml("updated", {}, when),
    xml("link", { rel: "alternate", href }),
    xml("link", { rel: "replies", title: "comments", href: replies }),
  );
}

// XEP-0277 §4: each post's comments node, named as Pepper names its own.
const commentsNode = (itemId) => `urn:xmpp:microblog:0:comments/${itemId}`;

// The node must exist before friends can comment; on a second seeding it
// does already.
async function createCommentsNode(session, itemId) {
  const node = commentsNode(itemId);
  try {
    await session.iq(
      "set",
      createCommentsNodeRequest({ node }),
      `create ${node}`,
    );
  } catch (err) {
    if (err.cause?.condition !== "conflict") throw err;
  }
}

async function seedUser(session, user) {
  for (const other of demoUsers) {
    if (other !== user)
      await session.setRosterName(bare(other.name), other.nick);
  }
  // XEP-0172: the nick friends' clients show before any post arrives.
  await session.publish(xml("nick", { xmlns: NS_NICK }, user.nick), {
    node: NS_NICK,
    id: "current",
  });
  // XEP-0084: the bytes first, under their SHA-1, then the metadata.
  const png = badgePng(COLOURS[user.name] ?? [90, 90, 90]);
  const id = createHash("sha1").update(png).digest("hex");
  await session.publish(
    xml("data", { xmlns: NS_AVATAR_DATA }, png.toString("base64")),
    { node: NS_AVATAR_DATA, id },
  );
  const info = {
    id,
    type: "image/png",
    bytes: png.length,
    width: 96,
    height: 96,
  };
  await session.publish(
    xml("metadata", { xmlns: NS_AVATAR_METADATA }, xml("info", info)),
    { node: NS_AVATAR_METADATA, id },
  );
  // XEP-0292: the basics a person's page shows.
  const vcard = xml(
    "vcard",
    { xmlns: NS_VCARD4 },
    xml("fn", {}, xml("text", {}, user.fullName)),
    xml("note", {}, xml("text", {}, user.about)),
  );
  await session.publish(vcard, { node: NODE_VCARD4, id: "current" });
  const oldestFirst = [...user.posts].sort((a, b) => b.hoursAgo - a.hoursAgo);
  for (const [index, post] of oldestFirst.entries()) {
    const id = `demo-${user.name}-${index + 1}`;
    await createCommentsNode(session, id);
    await session.publish(demoEntry(user, post, id), { id });
  }
}

async function main() {
  const sessions = await Promise.all(
    demoUsers.map((user) =>
      login({
        service,
        jid: bare(user.name),
        password: `${user.name}pass`,
        resource: "seed",
      }),
    ),
  );
  try {
    for (const [i, a] of sessions.entries()) {
      for (const b of sessions.slice(i + 1)) await befriend(a, b);
    }
    for (const [i, user] of demoUsers.entries()) {
      await seedUser(sessions[i], user);
    }
  } finally {
    await Promise.allSettled(sessions.map((s) => s.stop()));
  }
  const count = demoUsers.reduce((n, user) => n + user.posts.length, 0);
  console.log(
    `seed-demo: ${demoUsers.length} friends, ${count} posts on ${service}`,
  );
}

try {
  await main();
  process.exit(0);
} catch (err) {
  console.error(
    `seed-demo: failed: ${err instanceof Error ? err.message : err}`,
  );
  process.exit(1);
}
