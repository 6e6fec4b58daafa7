// The stores' public surface: what the UI may read and call.
export { useAttentionStore } from "./attention";
export { useAvatarStore } from "./avatars";
export type { AvatarSave, AvatarView } from "./avatars";
export { ownLike, useCommentsStore } from "./comments";
export type { CommentResult, Thread } from "./comments";
export { useEditStore } from "./edits";
export { useFollowStore } from "./followList";
export type { FollowAction } from "./followList";
export type { Edit } from "./edits";
export { useNoticeStore } from "./notices";
export { useOutboxStore } from "./outbox";
export type { OutboxItem, PublishResult } from "./outbox";
export { PICTURE_TYPES, uploadLimit, uploadPictures } from "./pictures";
export type { UploadResult } from "./pictures";
export { useProfileStore } from "./profile";
export type { NickSave, Person } from "./profile";
export { useRosterStore } from "./roster";
export type { Adding, AnswerError } from "./roster";
export { useSessionStore } from "./session";
export type {
  Account,
  Connection,
  LoginDefaults,
  LoginForm,
  SessionState,
} from "./session";
export { SEARCH_LIMIT, useSearchStore } from "./search";
export type { IndexStatus } from "./search";
export { startApp } from "./start";
export { sameTag, useTagFilterStore } from "./tagFilter";
export { startResync } from "./resync";
export { useTimelineStore } from "./timeline";
export type { Deletion, FeedError, FeedProgress } from "./timeline";
export type { ErrorCode } from "./errors";
export { useVisibilityStore } from "./visibility";
export type { AccessModel, Audience, AudienceChange } from "./visibility";
