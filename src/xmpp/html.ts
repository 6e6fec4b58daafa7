// Plain text out of HTML that other clients publish, for previews, the
// title check and screen readers. This is not a sanitiser: the markup
// itself is cleaned by the UI before it is shown, and the text made here
// is only ever rendered as text.

const COMMENT = /<!--[\s\S]*?-->/g;
const HIDDEN = /<(head|script|style|title)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const DOCUMENT_TAGS = /<!doctype[^>]*>|<\/?(html|body)\b[^>]*>/gi;
const BODY = /<body\b[^>]*>([\s\S]*?)(?:<\/body\s*>|$)/i;
const IMG_ALT = /<img\b[^>]*?\balt\s*=\s*(?:"([^"]*)"|'([^']*)')[^>]*>/gi;
const LINE_BREAK = /<br\b[^>]*>/gi;
const BLOCK_END =
  /<\/(p|div|h[1-6]|li|dt|dd|blockquote|pre|tr|section|article)\s*>/gi;
const TAG = /<\/?[a-z][^>]*>/gi;
/** HTML §2.3.3 ASCII whitespace: a line break in source is a space. */
const HTML_SPACE = /[ \t\n\r\f]+/g;
const ENTITY = /&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi;

/** HTML5 named references that occur in practice; others stay as is. */
const NAMED = new Map([
  ["amp", "&"],
  ["lt", "<"],
  ["gt", ">"],
  ["quot", '"'],
  ["apos", "'"],
  ["nbsp", "\u00a0"],
]);

/**
 * Drops the document wrappers of a whole HTML page (doctype, html, head
 * with its title, body) that feed bridges put in atom:content; returns the
 * markup of the body alone.
 */
export function unwrapHtmlDocument(html: string): string {
  const body = BODY.exec(html);
  const inner = body ? (body[1] ?? "") : html;
  return inner.replace(HIDDEN, "").replace(DOCUMENT_TAGS, "").trim();
}

/**
 * The text a reader would see in an HTML fragment: tags dropped, line
 * breaks kept at `<br>` and block ends, an image replaced by its alt text,
 * character references decoded once.
 */
export function htmlToText(html: string): string {
  const marked = unwrapHtmlDocument(html)
    .replace(COMMENT, "")
    .replace(HTML_SPACE, " ")
    .replace(IMG_ALT, (_tag, double?: string, single?: string) => {
      return double ?? single ?? "";
    })
    .replace(LINE_BREAK, "\n")
    .replace(BLOCK_END, "\n")
    .replace(TAG, "");
  return tidyLines(decodeReferences(marked));
}

/** HTML §13.5: numeric and the common named character references. */
export function decodeReferences(text: string): string {
  return text.replace(ENTITY, (whole, ref: string) => {
    if (!ref.startsWith("#")) return NAMED.get(ref.toLowerCase()) ?? whole;

    const hex = ref[1] === "x" || ref[1] === "X";
    const code = parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10);
    return isScalarValue(code) ? String.fromCodePoint(code) : "\ufffd";
  });
}

function isScalarValue(code: number): boolean {
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
}

function tidyLines(text: string): string {
  return text
    .split("\n")
    .map((line) => line.replace(/[ \t\r\f]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
