// XEP-0363 §5, the HTTP half of an upload: the file goes to the slot's
// PUT URL with the headers the service gave, and is then served at its GET
// URL. A page on another origin needs the upload service to allow CORS
// (Prosody's mod_http_file_share does).
import { PepperError } from "./api";
import type { UploadSlot } from "./upload";

/**
 * PUTs the file. Resolves once the service stored it (any 2xx); rejects
 * with a PepperError: "file-too-large" for 413, "upload-failed" for any
 * other answer, "unreachable" when no answer came at all.
 */
export async function putFile(slot: UploadSlot, file: Blob): Promise<void> {
  let response: Response;
  try {
    response = await fetch(slot.putUrl, {
      method: "PUT",
      // XEP-0363 §5: the Content-Type must be the one the slot was for.
      headers: { ...slot.headers, "Content-Type": file.type },
      body: file,
      // The Authorization header carries the credentials, never a cookie
      // of the page's; and the upload host learns nothing of the page.
      credentials: "omit",
      referrerPolicy: "no-referrer",
    });
  } catch (error) {
    throw new PepperError("unreachable", String(error));
  }
  if (response.ok) return;

  const code = response.status === 413 ? "file-too-large" : "upload-failed";
  throw new PepperError(code, `PUT answered ${response.status}`);
}
