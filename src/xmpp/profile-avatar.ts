// Avatar requests a session makes (XEP-0084), kept out of session.ts so
// that it only wires them in.
import type { Client } from "@xmpp/client";
import type { AvatarImage, AvatarInfo, BareJid } from "../model";
import {
  avatarDataRequest,
  avatarMetadataRequest,
  parseAvatarDataResult,
  parseAvatarMetadataResult,
  publishAvatarDataRequest,
  publishAvatarMetadataRequest,
  sha1Hex,
} from "./avatar";
import type { AvatarMetadata } from "./avatar";
import { toPepperError } from "./errors";
import { orNothing } from "./profile";

/**
 * Resolves with owner's current avatar, null when they have disabled it,
 * or undefined when they never published one or do not share it with us;
 * rejects with a PepperError on other failures (timeout, lost link).
 */
export async function fetchAvatar(
  xmpp: Client,
  owner: BareJid,
): Promise<AvatarMetadata | undefined> {
  return orNothing(async () =>
    parseAvatarMetadataResult(
      await xmpp.iqCaller.request(avatarMetadataRequest(owner)),
    ),
  );
}

/**
 * Resolves with the image bytes of `info`, checked against its SHA-1 id,
 * or undefined when the item is gone or the bytes do not match (case-29
 * step 4); rejects with a PepperError on other failures.
 */
export async function fetchAvatarData(
  xmpp: Client,
  owner: BareJid,
  info: AvatarInfo,
): Promise<Uint8Array | undefined> {
  return orNothing(async () =>
    parseAvatarDataResult(
      await xmpp.iqCaller.request(avatarDataRequest(owner, info.id)),
      info.id,
    ),
  );
}

/**
 * Publishes the image to our data node, then names it in our metadata
 * node (XEP-0084 §4.1, §4.2). Resolves with what the metadata now says;
 * rejects with the server's refusal as a PepperError (case-29 step 5),
 * and then the metadata still names the avatar we had.
 */
export async function publishAvatar(
  xmpp: Client,
  image: AvatarImage,
): Promise<AvatarInfo> {
  const id = await sha1Hex(image.bytes);
  const info = { id, type: image.type, bytes: image.bytes.length };
  try {
    await xmpp.iqCaller.request(publishAvatarDataRequest(id, image.bytes));
    await xmpp.iqCaller.request(
      publishAvatarMetadataRequest({ ...info, ...size(image) }),
    );
  } catch (error) {
    throw toPepperError(error);
  }
  return info;
}

function size({ width, height }: AvatarImage) {
  return { width, height };
}
