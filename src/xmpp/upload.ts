// XEP-0363 HTTP File Upload, the stanza half: finding the upload service
// through service discovery (XEP-0030), asking it for a slot, and reading
// the slot it grants. The HTTP half is upload-put.ts.
import xml, { type Element } from "@xmpp/xml";
import { isSafeMediaUrl } from "../model";
import { NS_DATA_FORMS, NS_DISCO_INFO, NS_DISCO_ITEMS, NS_UPLOAD } from "./ns";

/** An entity that offers uploads, and the largest file it takes. */
export interface UploadService {
  readonly jid: string;
  /** XEP-0363 §3: bytes; absent when the service states no limit. */
  readonly maxFileSize?: number;
}

/** What to upload: the file's name, size in bytes and media type. */
export interface UploadFile {
  readonly name: string;
  readonly size: number;
  readonly type: string;
}

/** XEP-0363 §4: where to PUT the file, with which headers, and its URL. */
export interface UploadSlot {
  readonly putUrl: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly getUrl: string;
}

/**
 * XEP-0363 §5: the only headers a client may copy from the slot onto the
 * PUT; any other header the service names is dropped.
 */
const ALLOWED_HEADERS = new Set(["authorization", "cookie", "expires"]);

export function discoItemsRequest(to: string): Element {
  return xml(
    "iq",
    { type: "get", to },
    xml("query", { xmlns: NS_DISCO_ITEMS }),
  );
}

export function discoInfoRequest(to: string): Element {
  return xml("iq", { type: "get", to }, xml("query", { xmlns: NS_DISCO_INFO }));
}

/** The JIDs a disco#items result lists (XEP-0030 §4.2), once each. */
export function parseDiscoItems(result: Element): string[] {
  const items = result.getChild("query", NS_DISCO_ITEMS)?.getChildren("item");
  const jids = (items ?? []).flatMap((item) =>
    item.attrs.jid && !item.attrs.node ? [String(item.attrs.jid)] : [],
  );
  return [...new Set(jids)];
}

/**
 * Reads a disco#info result: the service when it has the upload feature,
 * else undefined. The limit is the `max-file-size` field of the form whose
 * FORM_TYPE is the upload namespace (XEP-0363 §3, XEP-0128).
 */
export function parseUploadInfo(
  jid: string,
  result: Element,
): UploadService | undefined {
  const query = result.getChild("query", NS_DISCO_INFO);
  const features = query?.getChildren("feature") ?? [];
  if (!features.some((f) => f.attrs.var === NS_UPLOAD)) return undefined;

  const form = query
    ?.getChildren("x", NS_DATA_FORMS)
    .find((x) => fieldValue(x, "FORM_TYPE") === NS_UPLOAD);
  const max = Number(form && fieldValue(form, "max-file-size"));
  return Number.isSafeInteger(max) && max > 0
    ? { jid, maxFileSize: max }
    : { jid };
}

function fieldValue(form: Element, name: string): string | undefined {
  const field = form.getChildren("field").find((f) => f.attrs.var === name);
  return field?.getChildText("value")?.trim();
}

/** XEP-0363 §4: the slot request, with the file's name, size and type. */
export function slotRequest(to: string, file: UploadFile): Element {
  return xml(
    "iq",
    { type: "get", to },
    xml("request", {
      xmlns: NS_UPLOAD,
      filename: file.name,
      size: String(file.size),
      "content-type": file.type,
    }),
  );
}

/**
 * Reads the slot a service granted. Returns undefined when the answer has
 * no usable put and get URL: both must be https, or http to a loopback
 * address (a test server), as the PUT carries our credentials.
 */
export function parseSlot(result: Element): UploadSlot | undefined {
  const slot = result.getChild("slot", NS_UPLOAD);
  const put = slot?.getChild("put");
  const putUrl = put?.attrs.url;
  const getUrl = slot?.getChild("get")?.attrs.url;
  if (!isUploadUrl(putUrl) || !isUploadUrl(getUrl)) return undefined;

  const headers: Record<string, string> = {};
  for (const header of put?.getChildren("header") ?? []) {
    const name = String(header.attrs.name ?? "");
    const value = header.getText().replace(/[\r\n]/g, "");
    if (ALLOWED_HEADERS.has(name.toLowerCase())) headers[name] = value;
  }
  return { putUrl, headers, getUrl };
}

function isUploadUrl(value: unknown): value is string {
  return typeof value === "string" && isSafeMediaUrl(value);
}
