// The only way markup from other clients reaches the page. XEP-0277 lets an
// entry carry HTML (RFC 4287 §3.1.1.2); we keep a small allowlist of text
// formatting and links, and drop everything that can run code, load remote
// content (case-07) or reshape the page.
import DOMPurify from "dompurify";
import type { Config } from "dompurify";
import type { TFunction } from "i18next";
import {
  isSafeTarget,
  loadableImage,
  placeholderLabel,
  PLACEHOLDER_CLASS,
} from "./media";

const HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"];

const CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  ALLOWED_TAGS: [
    ...["p", "br", "a", "strong", "em", "b", "i", "u", "s", "span"],
    ...["blockquote", "code", "pre", "ul", "ol", "li", ...HEADINGS],
    "img",
  ],
  // img keeps src and alt only long enough to become a placeholder.
  ALLOWED_ATTR: ["href", "src", "alt"],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // Only these schemes may be followed; relative links would point into
  // Pepper itself, so they go too.
  ALLOWED_URI_REGEXP: /^(?:https?|xmpp|mailto):/i,
  RETURN_DOM_FRAGMENT: true,
};

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
  if (href !== null && !isSafeTarget(href)) link.removeAttribute("href");
  if (!link.hasAttribute("href")) return;

  link.setAttribute("rel", "noopener noreferrer nofollow");
  link.setAttribute("target", "_blank");
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

/**
 * No image in a post loads by itself (case-07): an https image becomes a
 * button that loads it on request, any other one only its alt text.
 */
function replaceImages(fragment: DocumentFragment, t: TFunction): void {
  const doc = fragment.ownerDocument;
  for (const img of fragment.querySelectorAll("img")) {
    const src = loadableImage(img.getAttribute("src"));
    const alt = img.getAttribute("alt") ?? "";
    if (!src) {
      img.replaceWith(doc.createTextNode(alt));
      continue;
    }
    const button = doc.createElement("button");
    button.type = "button";
    button.className = PLACEHOLDER_CLASS;
    button.dataset.src = src;
    button.dataset.alt = alt;
    button.textContent = placeholderLabel(t, { src, alt });
    img.replaceWith(button);
  }
}

/** Text blocks from a stranger may be in any script: each finds its own. */
function autoDirection(fragment: DocumentFragment): void {
  for (const block of fragment.querySelectorAll(BLOCKS)) {
    block.setAttribute("dir", "auto");
  }
}

const BLOCKS = "p, li, blockquote, pre";

/** Returns markup safe to insert with innerHTML, its buttons in `t`'s words. */
export function sanitizeHtml(html: string, t: TFunction): string {
  const fragment = getPurifier().sanitize(html, CONFIG);
  flattenHeadings(fragment);
  replaceImages(fragment, t);
  autoDirection(fragment);

  const holder = fragment.ownerDocument.createElement("div");
  holder.append(fragment);
  return holder.innerHTML;
}
