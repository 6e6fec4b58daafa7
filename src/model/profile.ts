// What a person says about themselves beyond their nick: an avatar
// (XEP-0084) and a few vCard4 fields (XEP-0292, RFC 6350).

/**
 * One advertised avatar (XEP-0084 §4.2 `info`), without its declared
 * width and height: publishers send 0x0 or 4096x4096 (case-29), so
 * Pepper sizes an avatar from the decoded image alone.
 */
export interface AvatarInfo {
  /** SHA-1 of the image bytes, hex; also the data node's item id. */
  readonly id: string;
  readonly type: string;
  readonly bytes: number;
}

/** A picture of ours, ready to publish: encoded bytes and their size. */
export interface AvatarImage {
  readonly bytes: Uint8Array;
  readonly type: string;
  readonly width: number;
  readonly height: number;
}

/** The vCard4 fields Pepper shows on a person's page. */
export interface VcardBasics {
  /** RFC 6350 §6.2.1 FN: the full name. */
  readonly fn?: string;
  /** RFC 6350 §6.7.2 NOTE: "About". */
  readonly note?: string;
  /** RFC 6350 §6.7.8 URL: the first http or https one. */
  readonly url?: string;
}
