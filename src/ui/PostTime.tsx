import { longTime, shortTime } from "./time";
import { useNow } from "./useNow";
import { useWords } from "./useWords";

interface Props {
  readonly iso: string;
  readonly approximate: boolean;
}

/** When a post was written; "≈" marks a time Pepper had to guess. */
export function PostTime({ iso, approximate }: Props) {
  const now = useNow();
  const words = useWords();
  return (
    <time
      className="post-time"
      dateTime={iso}
      title={longTime(words, iso, approximate)}
    >
      {approximate && "≈ "}
      {shortTime(words, iso, now)}
    </time>
  );
}
