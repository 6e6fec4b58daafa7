import { longTime, shortTime } from "./time";
import { useNow } from "./useNow";

interface Props {
  readonly iso: string;
  readonly approximate: boolean;
}

/** When a post was written; "≈" marks a time Pepper had to guess. */
export function PostTime({ iso, approximate }: Props) {
  const now = useNow();
  return (
    <time
      className="post-time"
      dateTime={iso}
      title={longTime(iso, approximate)}
    >
      {approximate && "≈ "}
      {shortTime(iso, now)}
    </time>
  );
}
