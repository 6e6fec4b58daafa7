// A deliberately small XMPP client for Node, shared by the demo seeder and
// the e2e fixtures: log in, make friends, publish and read PEP items. The
// app's real protocol layer is src/xmpp; this one only sets the stage.
import { EventEmitter } from "node:events";

import { client, xml } from "@xmpp/client";
import parse from "@xmpp/xml/lib/parse.js";

import {
  MICROBLOG,
  NS_ROSTER,
  configureRequest,
  deleteRequest,
  fetchedItems,
  itemsRequest,
  publishRequest,
  publishedId,
  retractRequest,
  rosterQuery,
} from "./stanzas.mjs";
import {
  TIMEOUT_MS,
  streamManagementSettled,
  waitUntil,
  withTimeout,
} from "./waits.mjs";

export { MICROBLOG };

const NS_STREAMS = "http://etherx.jabber.org/streams";

export async function login(options) {
  const { service, jid, password } = options;
  const [username, domain] = jid.split("@");
  requireWebSocket();

  const xmpp = client({
    service,
    domain,
    resource: options.resource ?? "node",
    credentials: plainOnly(username, password),
  });
  // A helper that silently reconnects would hide a dead server from a test.
  xmpp.reconnect.stop();
  const session = new Session(xmpp, `${username}@${domain}`, options);

  try {
    await withTimeout(xmpp.start(), `log in as ${jid}`);
    await streamManagementSettled(xmpp, session.features);
    await session.loadRoster();
    await xmpp.send(xml("presence"));
  } catch (err) {
    await xmpp.stop().catch(() => undefined); // already failing; keep err
    const message = `log in as ${jid} at ${service}: ${describe(err)}`;
    throw new Error(message, { cause: err });
  }
  return session;
}

export async function befriend(a, b) {
  await Promise.all([a.subscribe(b.jid), b.subscribe(a.jid)]);
  await Promise.all([a.rosterHas(b.jid, "both"), b.rosterHas(a.jid, "both")]);
}

class Session {
  constructor(xmpp, jid, { autoApprove = true }) {
    this.xmpp = xmpp;
    this.jid = jid;
    this.roster = new Map();
    this.features = { last: undefined };
    this.changes = new EventEmitter();
    this.errors = [];

    xmpp.on("error", (err) => this.errors.push(err));
    xmpp.on("nonza", (el) => {
      if (el.is("features", NS_STREAMS)) this.features.last = el;
    });
    xmpp.iqCallee.set(NS_ROSTER, "query", ({ element }) => {
      this.applyRoster(element);
      return {};
    });
    if (autoApprove) xmpp.on("stanza", (st) => this.approve(st));
  }

  approve(stanza) {
    if (!stanza.is("presence") || stanza.attrs.type !== "subscribe") return;
    const to = stanza.attrs.from.split("/")[0];
    this.xmpp.send(xml("presence", { to, type: "subscribed" }));
  }

  applyRoster(query) {
    for (const item of query.getChildren("item")) {
      const { jid, subscription = "none", name } = item.attrs;
      if (subscription === "remove") this.roster.delete(jid);
      else this.roster.set(jid, { subscription, name });
    }
    this.changes.emit("roster");
  }

  // RFC 6121 §2.1.6: only a resource that has fetched the roster gets pushes.
  async loadRoster() {
    this.applyRoster(await this.iq("get", rosterQuery(), "fetch roster"));
  }

  subscribe(to) {
    return this.xmpp.send(xml("presence", { to, type: "subscribe" }));
  }

  rosterHas(jid, subscription) {
    const done = () => this.roster.get(jid)?.subscription === subscription;
    const what = `${jid} as "${subscription}" in ${this.jid}'s roster`;
    return waitUntil(this.changes, "roster", done, what);
  }

  async setRosterName(jid, name) {
    await this.iq("set", rosterQuery({ jid, name }), `name ${jid}`);
  }

  // RFC 6121 §2.5: removal also cancels the subscriptions both ways.
  async removeContact(jid) {
    const item = { jid, subscription: "remove" };
    await this.iq("set", rosterQuery(item), `remove ${jid}`);
  }

  // ejabberd 23.01 refuses max_items in publish-options (resource-
  // constraint): publish without it, then configure the node to keep every
  // item, as Pepper itself does (src/xmpp/publish.ts).
  async publish(payload, options = {}) {
    const { node = MICROBLOG, id, accessModel = "presence" } = options;
    const entry = typeof payload === "string" ? parse(payload) : payload;
    const request = (maxItems) =>
      publishRequest({ node, id, payload: entry, accessModel, maxItems });
    const what = `publish ${node}`;
    try {
      return publishedId(await this.iq("set", request(true), what)) ?? id;
    } catch (err) {
      if (err.cause?.condition !== "resource-constraint") throw err;
    }
    const result = await this.iq("set", request(false), what);
    await this.iq("set", configureRequest({ node }), `configure ${node}`);
    return publishedId(result) ?? id;
  }

  async retract(id, { node = MICROBLOG } = {}) {
    await this.iq("set", retractRequest({ node, id }), `retract ${id}`);
  }

  // A PEP node exists only after its first publish; until then the server
  // answers item-not-found (XEP-0060 §6.5.9.11), which here means no items.
  async items(owner, { node = MICROBLOG } = {}) {
    const what = `items of ${owner}`;
    const result = await this.iq("get", itemsRequest({ node }), what, {
      to: owner,
      missing: null,
    });
    return result === null ? [] : fetchedItems(result);
  }

  // XEP-0060 §8.4; a node that does not exist yet is as good as deleted.
  async deleteNode(node = MICROBLOG) {
    const what = `delete ${node}`;
    await this.iq("set", deleteRequest({ node }), what, { missing: null });
  }

  // `missing`, when given, stands in for the result on item-not-found.
  async iq(type, child, what, { to, missing } = {}) {
    try {
      return await this.xmpp.iqCaller[type](child, to, TIMEOUT_MS);
    } catch (err) {
      if (missing !== undefined && err?.condition === "item-not-found") {
        return missing;
      }
      const message = `${this.jid}: ${what}: ${describe(err)}`;
      throw new Error(message, { cause: err });
    }
  }

  async stop() {
    await this.xmpp.stop();
  }
}

// PLAIN keeps logins fast (SCRAM in JS costs ~0.7 s at Prosody's 10000
// iterations) and is what the browser build uses anyway. Only loopback or
// wss: services are used, where a plain password is not exposed.
function plainOnly(username, password) {
  return (authenticate, mechanisms) => {
    if (!mechanisms.includes("PLAIN")) {
      throw new Error(`server offers ${mechanisms.join(", ")}, not PLAIN`);
    }
    return authenticate({ username, password }, "PLAIN");
  };
}

function requireWebSocket() {
  if (typeof globalThis.WebSocket === "function") return;
  throw new Error(
    "Node has no global WebSocket: run it with --experimental-websocket " +
      "(Node 20) or use Node 22 or newer",
  );
}

// StanzaError and SASLError carry the XMPP condition; say it first.
function describe(err) {
  const condition = err?.condition;
  const text = err?.text ? ` (${err.text})` : "";
  if (condition) return `${condition}${text}`;
  // A socket error comes with an empty message; its name and event say more.
  const words = [err?.name, err?.message, err?.event?.message, err?.code];
  return words.filter(Boolean).join(": ") || String(err);
}
