// Remote images in posts (case-07). Nothing remote loads by itself: an
// image is a placeholder until the reader asks for it, and even then only
// over https, lazily and without a Referer, so the host learns no more
// than that someone looked.
import type { TFunction } from "i18next";

/** What an image needs once the reader asks for it. */
export interface RemoteImage {
  readonly src: string;
  readonly alt: string;
}

/** The class the sanitiser gives an image placeholder button. */
export const PLACEHOLDER_CLASS = "post-image-placeholder";

/**
 * The URL when it may load on an https page: absolute https only, read
 * the way the browser would (trimmed, any case). Anything else, plain
 * http included, gives undefined.
 */
export function loadableImage(src: string | null): string | undefined {
  if (src === null) return undefined;
  const trimmed = src.trim();
  try {
    const url = new URL(trimmed);
    return url.protocol === "https:" ? url.href : undefined;
  } catch {
    // Not a URL at all (case-07's malformed string): nothing to load.
    return undefined;
  }
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
