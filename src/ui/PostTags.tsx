import { useTranslation } from "react-i18next";
import { useTagFilterStore } from "../store";

/** A post's categories; a click narrows the timeline to that tag. */
export function PostTags({ tags }: { tags: readonly string[] }) {
  const showTag = useTagFilterStore((s) => s.showTag);
  const { t } = useTranslation();
  return (
    <ul className="post-tags" aria-label={t("post.tags")}>
      {tags.map((tag) => (
        <li key={tag}>
          <button
            type="button"
            className="quiet post-tag"
            onClick={() => showTag(tag)}
          >
            <bdi dir="auto">#{tag}</bdi>
          </button>
        </li>
      ))}
    </ul>
  );
}
