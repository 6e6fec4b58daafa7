// Watching a spec's own server from both ends: what a page sends and
// receives on its WebSockets, and what another account reads from Node.
import type { Page } from "@playwright/test";

import { befriend, login } from "../scripts/lib/xmpp-node.mjs";
import type { User } from "./fixtures";

/** Counts the frames a page sends (or receives) that match. */
export function countFrames(
  page: Page,
  direction: "framesent" | "framereceived",
  matches: (frame: string) => boolean,
): () => number {
  let count = 0;
  const onFrame = ({ payload }: { payload: string | Buffer }) => {
    if (matches(String(payload))) count++;
  };
  page.on("websocket", (ws) => {
    if (direction === "framesent") ws.on("framesent", onFrame);
    else ws.on("framereceived", onFrame);
  });
  return () => count;
}

/** Counts the publish requests carrying text that a page sends. */
export function countPublishes(page: Page, text: string): () => number {
  return countFrames(
    page,
    "framesent",
    (frame) => frame.includes("<publish") && frame.includes(text),
  );
}

/** Logs user in from Node on the server at service. */
export function nodeLogin(service: string, user: User) {
  return login({ service, jid: user.jid, password: user.password });
}

/** Makes a and b friends on the server at service. */
export async function friends(service: string, a: User, b: User) {
  const [one, two] = await Promise.all([
    nodeLogin(service, a),
    nodeLogin(service, b),
  ]);
  await befriend(one, two);
  await Promise.all([one.stop(), two.stop()]);
}

/** How many items of owner's node carry text, as reader fetches them. */
export async function itemsWith(
  service: string,
  reader: User,
  owner: User,
  text: string,
): Promise<number> {
  const session = await nodeLogin(service, reader);
  try {
    const items = await session.items(owner.jid);
    return items.filter((item) => item.xml.includes(text)).length;
  } finally {
    await session.stop();
  }
}
