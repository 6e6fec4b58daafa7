// The only way markup from other clients reaches the page. XEP-0277 lets an
// entry carry HTML (RFC 4287 §3.1.1.2); we keep a small allowlist of text
// formatting and links, and drop everything that can run code, load remote
// content (case-07) or reshape the page.
import DOMPurify from "dompurify";
import type { Config } from "dompurify";

const HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"];

const CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  ALLOWED_TAGS: [
    ...["p", "br", "a", "strong", "em", "b", "i", "u", "s", "span"],
    ...["blockquote", "code", "pre", "ul", "ol", "li", ...HEADINGS],
  ],
  ALLOWED_ATTR: ["href"],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // Only these schemes may be followed; relative links would point into
  // Pepper itself, so they go too.
  ALLOWED_URI_REGEXP: /^(?:https?|xmpp|mailto):/i,
  RETURN_DOM_FRAGMENT: true,
};

const SAFE_SCHEMES = new Set(["http:", "https:", "xmpp:", "mailto:"]);

let purifier: ReturnType<typeof DOMPurify> | null = null;

function getPurifier(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  purifier = DOMPurify(window);
  purifier.addHook("afterSanitizeAttributes", (node) => {
    if (node.nodeName === "A") secureLink(node);
  });
  return purifier;
}

/**
 * A second check on links, after DOMPurify's own: the scheme as the
 * browser would read it (spaces and control characters stripped, any
 * case), then attributes that keep the opened page away from ours.
 */
function secureLink(link: Element): void {
  const href = link.getAttribute("href");
  if (href !== null && !SAFE_SCHEMES.has(schemeOf(href))) {
    link.removeAttribute("href");
  }
  if (!link.hasAttribute("href")) return;

  link.setAttribute("rel", "noopener noreferrer nofollow");
  link.setAttribute("target", "_blank");
}

function schemeOf(href: string): string {
  // eslint-disable-next-line no-control-regex -- browsers skip these too
  const cleaned = href.replace(/[\u0000-\u0020\u007f-\u009f]/g, "");
  const match = /^([a-z][a-z0-9+.-]*:)/i.exec(cleaned);
  return match?.[1]?.toLowerCase() ?? "";
}

/**
 * Post headings would break the page's own heading outline, so they become
 * bold paragraphs.
 */
function flattenHeadings(fragment: DocumentFragment): void {
  for (const heading of fragment.querySelectorAll(HEADINGS.join(","))) {
    const paragraph = heading.ownerDocument.createElement("p");
    const strong = heading.ownerDocument.createElement("strong");
    strong.append(...heading.childNodes);
    paragraph.append(strong);
    heading.replaceWith(paragraph);
  }
}

/** Returns markup safe to insert with innerHTML. */
export function sanitizeHtml(html: string): string {
  const fragment = getPurifier().sanitize(html, CONFIG);
  flattenHeadings(fragment);

  const holder = fragment.ownerDocument.createElement("div");
  holder.append(fragment);
  return holder.innerHTML;
}
