export type { BareJid } from "./jid";
export type { Availability, Contact, Subscription } from "./contact";
export type { Post, PostBody, PostDraft } from "./post";
export { comparePosts, postKey } from "./post";
