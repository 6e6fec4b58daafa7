// A plain-text Atom entry (RFC 4287) as another client would publish it.
export function atomEntry(text: string, author: string, at: Date): string {
  const time = at.toISOString();
  return `<entry xmlns="http://www.w3.org/2005/Atom">
    <title type="text">${text}</title>
    <author><name>${author}</name></author>
    <published>${time}</published>
    <updated>${time}</updated>
  </entry>`;
}
