export type { BareJid } from "./jid";
export type { Availability, Contact, Subscription } from "./contact";
export type {
  NodeRef,
  Post,
  PostBody,
  PostDraft,
  PostImage,
  Repost,
} from "./post";
export { comparePosts, postKey } from "./post";
export type { Comment } from "./comment";
export { compareComments, LIKE } from "./comment";
export { editDraft, likeDraft, newDraft, repostDraft } from "./drafts";
export type { AvatarImage, AvatarInfo, VcardBasics } from "./profile";
export { isLoopbackHost, isSafeMediaUrl, LOOPBACK_HOSTS } from "./loopback";
