// Pictures decoded and scaled in the browser, never at the size a sender
// declares: an avatar's metadata may say 0x0 or 4096x4096 (case-29), and
// only the decoded image says how big it is.
import type { AvatarImage } from "../model";

/** The long side of the avatar we publish, in pixels. */
export const UPLOAD_SIZE = 192;

/** The long side of avatars as shown and cached, in pixels. */
export const SHOWN_SIZE = 96;

/**
 * The size that fits within `max` on its long side, keeping the aspect
 * and never enlarging; at least 1x1.
 */
export function fitWithin(width: number, height: number, max: number) {
  const scale = Math.min(1, max / Math.max(width, height, 1));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/**
 * Decodes `source` (createImageBitmap), scales it to fit within `max`
 * and encodes it as PNG. Rejects when the browser cannot decode it.
 */
export async function scaledPng(
  source: Blob,
  max: number,
): Promise<AvatarImage> {
  const bitmap = await createImageBitmap(source);
  try {
    const size = fitWithin(bitmap.width, bitmap.height, max);
    const canvas = new OffscreenCanvas(size.width, size.height);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2d canvas");
    context.drawImage(bitmap, 0, 0, size.width, size.height);
    const png = await canvas.convertToBlob({ type: "image/png" });
    const bytes = new Uint8Array(await png.arrayBuffer());
    return { bytes, type: "image/png", ...size };
  } finally {
    bitmap.close();
  }
}

/** The image as a data: URL, which the page's CSP allows for img-src. */
export function dataUrl(image: Pick<AvatarImage, "bytes" | "type">): string {
  let binary = "";
  for (const byte of image.bytes) binary += String.fromCharCode(byte);
  return `data:${image.type};base64,${btoa(binary)}`;
}
