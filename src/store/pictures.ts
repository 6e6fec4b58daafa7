// Pictures for a new post (XEP-0363 uploads). They go up before the post
// is written, so the draft the outbox keeps holds only their URLs: a post
// with pictures needs the connection at the moment it is sent, and the
// composer keeps the files until then.
import type { PostImage } from "../model";
import { PepperError } from "../xmpp";
import { errorCode } from "./errors";
import type { ErrorCode } from "./errors";
import { live } from "./live";

/** The media types a picture may have; the composer accepts these only. */
export const PICTURE_TYPES = [
  "image/png",
  "image/jpeg",
  "image/gif",
  "image/webp",
];

/**
 * The largest picture our server takes, in bytes. Resolves with undefined
 * when it states no limit; rejects with a PepperError: "offline" with no
 * session, "no-upload-service" when the server offers no uploads.
 */
export async function uploadLimit(): Promise<number | undefined> {
  const session = live.session;
  if (!session) throw new PepperError("offline");

  const service = await session.findUploadService();
  if (!service) throw new PepperError("no-upload-service");
  return service.maxFileSize;
}

/** How uploading a post's pictures ended. */
export type UploadResult =
  | { readonly ok: true; readonly images: readonly PostImage[] }
  | { readonly ok: false; readonly error: ErrorCode };

/**
 * Uploads the pictures, one after the other so a slow link is not
 * flooded. Resolves with their enclosures in the same order, or with the
 * first failure's code ("pictures-offline" with no session, then
 * "file-too-large", "upload-failed", …). Never rejects.
 */
export async function uploadPictures(
  files: readonly File[],
): Promise<UploadResult> {
  const session = live.session;
  if (!session) return { ok: false, error: "pictures-offline" };

  const images: PostImage[] = [];
  try {
    for (const file of files) images.push(await session.uploadPicture(file));
  } catch (error) {
    return { ok: false, error: errorCode(error) };
  }
  return { ok: true, images };
}
