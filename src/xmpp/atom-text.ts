// Atom text constructs (RFC 4287 §3.1) and atom:content (§4.1.3) read into
// a PostBody. The XML parser has already decoded one level of references;
// nothing here decodes markup a second time (fixture case-09).
import { escapeXML, escapeXMLText, type Element } from "@xmpp/xml";
import type { PostBody } from "../model";
import { htmlToText, unwrapHtmlDocument } from "./html";
import { NS_XHTML } from "./ns";

export type TextKind = "text" | "html" | "xhtml";

/** HTML elements that have no end tag. */
const VOID = new Set(["area", "br", "col", "hr", "img", "source", "wbr"]);

/**
 * Which of the three RFC 4287 §3.1.1 kinds an element holds, or undefined
 * for out-of-line (`src`, §4.1.3.2) and base64 media content that Pepper
 * does not show. "text/html" is read as "html": feed bridges send it
 * (fixture case-03).
 */
export function textKind(el: Element): TextKind | undefined {
  if (el.attrs.src !== undefined) return undefined;

  const type = (el.attrs.type ?? "text").trim().toLowerCase();
  if (type === "xhtml" || type === "application/xhtml+xml") return "xhtml";
  if (type === "html" || type === "text/html") return "html";
  if (type === "text" || type.startsWith("text/")) return "text";
  return undefined;
}

/**
 * Reads a text construct. Returns undefined when it holds nothing to show
 * (empty, or a kind Pepper does not show).
 */
export function readTextConstruct(el: Element): PostBody | undefined {
  const kind = textKind(el);
  if (kind === undefined) return undefined;

  if (kind === "text") {
    const text = deepText(el).trim();
    return text ? { kind: "text", text } : undefined;
  }
  const html =
    kind === "xhtml" ? xhtmlMarkup(el) : unwrapHtmlDocument(el.getText());
  return html ? { kind: "html", html, text: htmlToText(html) } : undefined;
}

/** Every text node below an element, in document order. */
export function deepText(el: Element): string {
  return el.children
    .map((child) => (typeof child === "string" ? child : deepText(child)))
    .join("");
}

/**
 * RFC 4287 §3.1.1.3: xhtml content is one XHTML `div` whose contents are
 * the markup. Some clients leave the div out; then every child counts.
 */
function xhtmlMarkup(el: Element): string {
  const divs = el.getChildren("div", NS_XHTML);
  const root = divs.length === 1 && divs[0] ? divs[0] : el;
  return root.children.map(serialise).join("").trim();
}

/**
 * Serialises XHTML as HTML text for the UI's sanitiser: element names
 * without prefixes, no namespace declarations; elements in another
 * namespace are unwrapped to their contents.
 */
function serialise(node: Element | string): string {
  if (typeof node === "string") return escapeXMLText(node);

  const inner = node.children.map(serialise).join("");
  if (node.getNS() !== NS_XHTML) return inner;

  const name = node.getName();
  const open = `<${name}${attributes(node)}>`;
  return VOID.has(name) ? open : `${open}${inner}</${name}>`;
}

function attributes(el: Element): string {
  return Object.entries(el.attrs)
    .filter(([name, value]) => value !== undefined && !name.includes(":"))
    .filter(([name]) => name !== "xmlns")
    .map(([name, value]) => ` ${name}="${escapeXML(value ?? "")}"`)
    .join("");
}
