// Seeds a private Prosody (internal storage) with the contacts of the
// login measurement: accounts and rosters are written as files, which
// takes milliseconds where `prosodyctl register` takes ~0.3 s per user,
// then each contact logs in once and publishes one post.
//
//   node seed.mjs DATA_DIR WS_URL COUNT READER...
//
// Contacts are c1..cCOUNT (password "pw"). READER is name:N, e.g.
// reader100:100: that account (made by start.sh) gets c1..cN as friends
// with subscription "both", and each of those contacts gets it back.
import { createHash, createHmac, pbkdf2Sync } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";

import { login } from "../lib/xmpp-node.mjs";

const DOMAIN = "localhost";
const ITERATIONS = 1000; // PLAIN logins below check it; keep them cheap

const [dataDir, ws, countText, ...readers] = process.argv.slice(2);
const count = Number(countText);
const host = `${dataDir}/${DOMAIN}`;
mkdirSync(`${host}/accounts`, { recursive: true });
mkdirSync(`${host}/roster`, { recursive: true });

const lua = (text) => JSON.stringify(text); // ASCII only here

// RFC 5802 §3: what Prosody's internal_hashed keeps instead of a password.
function accountFile(password) {
  const salt = createHash("sha1").update(password).digest("hex");
  const salted = pbkdf2Sync(password, salt, ITERATIONS, 20, "sha1");
  const clientKey = createHmac("sha1", salted).update("Client Key").digest();
  const storedKey = createHash("sha1").update(clientKey).digest("hex");
  const serverKey = createHmac("sha1", salted).update("Server Key");
  return `return {
\t["server_key"] = ${lua(serverKey.digest("hex"))};
\t["stored_key"] = ${lua(storedKey)};
\t["iteration_count"] = ${ITERATIONS};
\t["salt"] = ${lua(salt)};
};
`;
}

function rosterFile(jids) {
  const items = jids.map(
    (jid) =>
      `\t[${lua(jid)}] = { ["subscription"] = "both"; ["groups"] = {}; };`,
  );
  return `return {\n\t[false] = { ["version"] = 1; };\n${items.join("\n")}\n};\n`;
}

const friendsOf = new Map(); // contact name -> reader JIDs
const parsed = readers.map((spec) => {
  const [name, n] = spec.split(":");
  return { name, n: Number(n) };
});
for (const { name, n } of parsed) {
  const contacts = Array.from({ length: n }, (_, i) => `c${i + 1}`);
  const jids = contacts.map((c) => `${c}@${DOMAIN}`);
  writeFileSync(`${host}/roster/${name}.dat`, rosterFile(jids));
  for (const c of contacts) {
    friendsOf.set(c, [...(friendsOf.get(c) ?? []), `${name}@${DOMAIN}`]);
  }
}

const account = accountFile("pw");
for (let i = 1; i <= count; i++) {
  writeFileSync(`${host}/accounts/c${i}.dat`, account);
  writeFileSync(
    `${host}/roster/c${i}.dat`,
    rosterFile(friendsOf.get(`c${i}`) ?? []),
  );
}

// One post per contact, a typical short one, from a few sessions at once.
async function post(i) {
  const jid = `c${i}@${DOMAIN}`;
  const session = await login({ service: ws, jid, password: "pw" });
  await session.publish(
    `<entry xmlns="http://www.w3.org/2005/Atom">
      <title type="text">Post number ${i}: the tomatoes are ripe.</title>
      <author><name>c${i}</name><uri>xmpp:${jid}</uri></author>
      <published>2026-12-01T10:00:00Z</published>
      <updated>2026-12-01T10:00:00Z</updated>
    </entry>`,
    { id: `post-${i}` },
  );
  await session.stop();
}

let next = 1;
async function worker() {
  while (next <= count) await post(next++);
}
await Promise.all(Array.from({ length: 6 }, worker));
console.error(`seeded ${count} contacts with one post each`);
