import { useEffect } from "react";
import type { BareJid } from "../model";
import { useAvatarStore, useSessionStore } from "../store";
import "./Avatar.css";

interface Props {
  readonly jid: BareJid;
  /** The name shown beside it, for the initials. */
  readonly name: string;
  readonly size?: "small" | "large";
  /**
   * The image's accessible name. Empty (the default) where the person's
   * name is written beside it, so that screen readers say it once.
   */
  readonly label?: string;
}

/**
 * A person's avatar (XEP-0084), or their initials when they have none or
 * it cannot be shown. Its size comes from CSS, never from the metadata
 * (case-29).
 */
export function Avatar({ jid, name, size = "small", label = "" }: Props) {
  const view = useAvatarStore((s) => s.avatars[jid]);
  const want = useAvatarStore((s) => s.want);
  const online = useSessionStore((s) => s.connection.status === "online");

  useEffect(() => {
    if (online) want(jid);
  }, [online, jid, want]);

  const className = `avatar avatar-${size}`;
  if (view?.url) {
    return <img className={className} src={view.url} alt={label} />;
  }
  return (
    <span
      className={`${className} avatar-initials`}
      role={label ? "img" : undefined}
      aria-label={label || undefined}
      aria-hidden={label ? undefined : true}
    >
      {initials(name)}
    </span>
  );
}

/** Up to two letters: of the first two words, or of a JID's local part. */
export function initials(name: string): string {
  const words = name.split("@")[0]?.split(/[\s._-]+/) ?? [];
  return words
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => [...word][0]?.toLocaleUpperCase() ?? "")
    .join("");
}
