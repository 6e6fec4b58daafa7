// The protocol floor: a bare @xmpp/client session that logs in (PLAIN),
// gets the roster and fetches every contact's newest items, ten at a time,
// sending no presence. Nothing a client does can be faster than this over
// the same socket, so Pepper's figures are read as ratios of these.
import { client, xml } from "@xmpp/client";

const NS_ROSTER = "jabber:iq:roster";
const NS_PUBSUB = "http://jabber.org/protocol/pubsub";
const MICROBLOG = "urn:xmpp:microblog:0";
const CONCURRENCY = 10;

/**
 * Resolves with { firstPost, allPosts } in ms from the start of the login
 * to the first contact's items in hand and to every contact's.
 */
export async function runFloor({ service, jid, password, max }) {
  const [username, domain] = jid.split("@");
  const xmpp = client({
    service,
    domain,
    resource: "floor",
    credentials: (auth) => auth({ username, password }, "PLAIN"),
  });
  xmpp.reconnect.stop();
  xmpp.on("error", () => undefined); // start() rejects with the same error

  const started = performance.now();
  await xmpp.start();
  try {
    return await fetchAll(xmpp, started, max);
  } finally {
    await xmpp.stop();
  }
}

async function fetchAll(xmpp, started, max) {
  const roster = await xmpp.iqCaller.get(xml("query", { xmlns: NS_ROSTER }));
  const owners = roster.getChildren("item").map((item) => item.attrs.jid);
  let firstPost = null;
  let posts = 0;

  const fetchOne = async (owner) => {
    const items = xml("items", { node: MICROBLOG, max_items: String(max) });
    const result = await xmpp.iqCaller.get(
      xml("pubsub", { xmlns: NS_PUBSUB }, items),
      owner,
    );
    posts += result.getChild("items")?.getChildren("item").length ?? 0;
    firstPost ??= performance.now() - started;
  };
  await pool(owners, CONCURRENCY, fetchOne);

  return { firstPost, allPosts: performance.now() - started, posts };
}

async function pool(items, limit, work) {
  const queue = [...items];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      await work(next);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
}
