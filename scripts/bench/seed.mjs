// Seeds the bench's Prosody by writing its `internal` storage files
// directly: accounts, rosters, PEP node configs and microblog items. For
// thousands of contacts this takes well under a second where logging in as
// each of them would take minutes. Prosody reads these files lazily, on
// first use, so they may be written after it has started.
import { createHash, createHmac, pbkdf2Sync } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

import { luaElement, luaTable } from "./lua.mjs";

export const DOMAIN = "localhost";
export const PASSWORD = "benchpass";
const MICROBLOG = "urn:xmpp:microblog:0";
const NS_ATOM = "http://www.w3.org/2005/Atom";
const MINUTE_MS = 60_000;

/** The account whose roster holds `count` contacts. */
export const viewer = (count) => `me${count}@${DOMAIN}`;
export const contact = (index) => `c${index}@${DOMAIN}`;

/**
 * Writes one viewer per entry of `counts`, each following contacts c1…cN,
 * and `posts` microblog items per contact. Resolves with the time taken.
 */
export async function seed(dataDir, counts, posts) {
  const started = performance.now();
  const host = join(dataDir, DOMAIN);
  const dirs = ["accounts", "roster", "pep", itemsDir()];
  for (const dir of dirs) await mkdir(join(host, dir), { recursive: true });

  const account = `return ${accountRecord()};\n`;
  const most = Math.max(...counts);
  for (const count of counts) {
    const me = viewer(count).split("@")[0];
    await writeFile(join(host, "accounts", `${me}.dat`), account);
    await writeFile(join(host, "roster", `${me}.dat`), roster(range(count)));
  }
  await writeContacts(host, most, counts, posts, account);
  return performance.now() - started;
}

async function writeContacts(host, most, counts, posts, account) {
  const now = Date.now();
  const writes = [];
  for (let i = 1; i <= most; i++) {
    const name = `c${i}`;
    const followers = counts.filter((c) => c >= i).map(viewer);
    writes.push(
      writeFile(join(host, "accounts", `${name}.dat`), account),
      writeFile(join(host, "roster", `${name}.dat`), roster(followers)),
      writeFile(join(host, "pep", `${name}.dat`), nodeConfig()),
      writeFile(
        join(host, itemsDir(), `${name}.list`),
        items(i, most, posts, now),
      ),
    );
    if (writes.length >= 400) await Promise.all(writes.splice(0));
  }
  await Promise.all(writes);
}

function range(count) {
  return Array.from({ length: count }, (_, i) => contact(i + 1));
}

// Prosody's file names escape the node's ":" as "%3a".
function itemsDir() {
  return `pep_${MICROBLOG.replaceAll(":", "%3a")}`;
}

/** RFC 5802 §3 keys, as mod_auth_internal_hashed stores them (hex). */
function accountRecord() {
  const salt = "pepper-bench-salt";
  const iterations = 10_000; // Prosody 0.12's default
  const salted = pbkdf2Sync(PASSWORD, salt, iterations, 20, "sha1");
  const hmac = (text) => createHmac("sha1", salted).update(text).digest();
  const storedKey = createHash("sha1").update(hmac("Client Key")).digest();
  return luaTable(
    [],
    [
      ["iteration_count", iterations],
      ["stored_key", storedKey.toString("hex")],
      ["server_key", hmac("Server Key").toString("hex")],
      ["salt", salt],
    ],
  );
}

/** Everyone in `jids` with a mutual subscription (RFC 6121 "both"). */
function roster(jids) {
  const fields = [[false, { pending: {}, version: 1 }]];
  for (const jid of jids) {
    fields.push([jid, { groups: {}, subscription: "both" }]);
  }
  return `return ${luaTable([], fields)};\n`;
}

function nodeConfig() {
  const config = {
    max_items: "max",
    persist_items: true,
    access_model: "presence",
  };
  const node = { name: MICROBLOG, config, subscribers: {}, affiliations: {} };
  return `return ${luaTable([], [[MICROBLOG, node]])};\n`;
}

/**
 * The contact's items, oldest first as Prosody appends them. Each contact
 * last posted at a different time, so the newest posts are spread over
 * the roster rather than all from c1.
 */
function items(index, most, posts, now) {
  const lastPost = now - ((index * 7919) % most) * MINUTE_MS;
  const lines = [];
  for (let n = posts; n >= 1; n--) {
    const when = new Date(lastPost - (n - 1) * 60 * MINUTE_MS);
    const id = `bench-${n}`;
    const extra = { with: contact(index), key: id, when: seconds(when) };
    lines.push(`item(${luaElement(entry(index, id, when), extra)});\n`);
  }
  return lines.join("");
}

const seconds = (date) => Math.floor(date.getTime() / 1000);

// XEP-0277 §3: title, content, author with xmpp: URI, a permanent id and
// the dates; like what Pepper and Movim publish.
function entry(index, id, when) {
  const iso = when.toISOString();
  const text = (name, value, attrs = {}) => ({
    name,
    attrs: { xmlns: NS_ATOM, ...attrs },
    children: [value],
  });
  const author = {
    name: "author",
    attrs: { xmlns: NS_ATOM },
    children: [
      text("name", `Contact ${index}`),
      text("uri", `xmpp:${contact(index)}`),
    ],
  };
  const body =
    `Post ${id} from contact ${index}: a line or two of text, ` +
    "as a status update usually is.";
  return {
    name: "entry",
    attrs: { xmlns: NS_ATOM },
    children: [
      text("title", `Update ${id}`, { type: "text" }),
      text("content", body, { type: "text" }),
      author,
      text("id", `tag:${DOMAIN},2026:bench-${index}-${id}`),
      text("published", iso),
      text("updated", iso),
    ],
  };
}
