// A plain-text Atom entry (RFC 4287) as another client would publish it.
import { users, type User, type XmppHelper } from "./fixtures";

export function atomEntry(text: string, author: string, at: Date): string {
  const time = at.toISOString();
  return `<entry xmlns="http://www.w3.org/2005/Atom">
    <title type="text">${text}</title>
    <author><name>${author}</name></author>
    <published>${time}</published>
    <updated>${time}</updated>
  </entry>`;
}

/**
 * Carol, logged in from Node as a friend of eve: she posts in the
 * everyday specs, and eve reads in the browser.
 */
export async function carolForEve(
  xmppAs: (user: User) => Promise<XmppHelper>,
): Promise<XmppHelper> {
  const carol = await xmppAs(users.carol);
  await carol.befriend(users.eve);
  return carol;
}
