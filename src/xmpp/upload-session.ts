// XEP-0363 uploads as a session makes them: the service is looked for once
// per session (XEP-0363 §2: in the server's disco#items), then each file
// gets a slot and is PUT there.
import type { Client } from "@xmpp/client";
import type { PostImage } from "../model";
import { PepperError } from "./api";
import { StanzaError, toPepperError } from "./errors";
import {
  discoInfoRequest,
  discoItemsRequest,
  parseDiscoItems,
  parseSlot,
  parseUploadInfo,
  slotRequest,
} from "./upload";
import type { UploadService } from "./upload";
import { putFile } from "./upload-put";

/** What a session offers for pictures (see Session in api.ts). */
export interface UploadMethods {
  findUploadService(): Promise<UploadService | undefined>;
  uploadPicture(file: File): Promise<PostImage>;
}

export function uploadMethods(xmpp: Client, domain: string): UploadMethods {
  let found: Promise<UploadService | undefined> | undefined;
  const findUploadService = () => {
    // A failed look-up is forgotten, so that the next try asks again.
    found ??= findService(xmpp, domain).catch((error: unknown) => {
      found = undefined;
      throw toPepperError(error);
    });
    return found;
  };

  return {
    findUploadService,
    async uploadPicture(file: File) {
      const service = await findUploadService();
      if (!service) throw new PepperError("no-upload-service");
      return upload(xmpp, service, file);
    },
  };
}

/**
 * Asks the server's items for the upload feature, the server itself
 * first (some servers offer it there); resolves with the first that has
 * it, or undefined.
 */
async function findService(
  xmpp: Client,
  domain: string,
): Promise<UploadService | undefined> {
  const items = parseDiscoItems(
    await xmpp.iqCaller.request(discoItemsRequest(domain)),
  );
  for (const jid of [domain, ...items]) {
    const info = await xmpp.iqCaller
      .request(discoInfoRequest(jid))
      .catch(() => undefined); // an item that does not answer offers nothing
    const service = info && parseUploadInfo(jid, info);
    if (service) return service;
  }
  return undefined;
}

async function upload(
  xmpp: Client,
  service: UploadService,
  file: File,
): Promise<PostImage> {
  if (service.maxFileSize !== undefined && file.size > service.maxFileSize) {
    throw new PepperError("file-too-large");
  }
  const request = slotRequest(service.jid, {
    name: file.name || "picture",
    size: file.size,
    type: file.type,
  });
  const result = await xmpp.iqCaller.request(request).catch(slotError);
  const slot = parseSlot(result);
  if (!slot) throw new PepperError("upload-failed", "unusable slot");

  await putFile(slot, file);
  return { href: slot.getUrl, type: file.type, length: file.size };
}

/** XEP-0363 §4: a refusal for size carries `<file-too-large/>`. */
function slotError(error: unknown): never {
  const failure = toPepperError(error);
  if (failure instanceof StanzaError) {
    if (failure.application === "file-too-large") {
      throw new PepperError("file-too-large", failure.message);
    }
  }
  throw failure;
}
