// Remote images in posts (case-07). An image inside a post's markup is a
// placeholder until the reader asks for it; a picture the author attached
// (an enclosure) is shown. Either loads only over https (or http from a
// loopback host, a server on this machine), lazily and without a Referer,
// so the host learns no more than that someone looked.
import type { TFunction } from "i18next";
import { isSafeMediaUrl } from "../model";

/** What an image needs once the reader asks for it. */
export interface RemoteImage {
  readonly src: string;
  readonly alt: string;
}

/** The class the sanitiser gives an image placeholder button. */
export const PLACEHOLDER_CLASS = "post-image-placeholder";

/**
 * The URL when it may load: absolute https, or http from a loopback host,
 * read the way the browser would (trimmed, any case). Anything else,
 * other plain http and case-07's malformed string included, gives
 * undefined.
 */
export function loadableImage(src: string | null): string | undefined {
  const trimmed = src?.trim() ?? "";
  return isSafeMediaUrl(trimmed) ? new URL(trimmed).href : undefined;
}

/** The placeholder's label: what it shows and where it would load from. */
export function placeholderLabel(t: TFunction, image: RemoteImage): string {
  const host = new URL(image.src).host;
  const alt = image.alt.trim();
  return alt
    ? t("image.showWithAlt", { alt, host })
    : t("image.show", { host });
}

/** Sets the attributes every remote image carries, whoever makes it. */
export function makeImage(doc: Document, image: RemoteImage): HTMLElement {
  const img = doc.createElement("img");
  img.setAttribute("alt", image.alt);
  img.setAttribute("loading", "lazy");
  img.setAttribute("decoding", "async");
  img.setAttribute("referrerpolicy", "no-referrer");
  img.setAttribute("src", image.src);
  img.className = "post-image";
  return img;
}

const SAFE_SCHEMES = new Set(["http:", "https:", "xmpp:", "mailto:"]);

/**
 * A safe scheme, and for the web ones a host too: case-07's malformed
 * "http://#$%^&*(" stays text rather than a link to nowhere.
 */
export function isSafeTarget(href: string): boolean {
  const scheme = schemeOf(href);
  if (!SAFE_SCHEMES.has(scheme)) return false;
  if (scheme !== "http:" && scheme !== "https:") return true;
  return URL.canParse(href.trim()) && new URL(href.trim()).hostname !== "";
}

function schemeOf(href: string): string {
  // eslint-disable-next-line no-control-regex -- browsers skip these too
  const cleaned = href.replace(/[\u0000-\u0020\u007f-\u009f]/g, "");
  const match = /^([a-z][a-z0-9+.-]*:)/i.exec(cleaned);
  return match?.[1]?.toLowerCase() ?? "";
}
