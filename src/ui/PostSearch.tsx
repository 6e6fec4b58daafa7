import type { TFunction } from "i18next";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { SEARCH_LIMIT, useSearchStore } from "../store";
import { SearchResult } from "./SearchResult";
import "./PostSearch.css";

/**
 * A search box over every post this device holds; results come as the
 * person types, as a list below it. The index is built on first focus.
 */
export function PostSearch() {
  const query = useSearchStore((s) => s.query);
  const results = useSearchStore((s) => s.results);
  const indexing = useSearchStore((s) => s.index.status === "indexing");
  const prepare = useSearchStore((s) => s.prepare);
  const setQuery = useSearchStore((s) => s.setQuery);
  const summaryId = useId();
  const searching = query.trim() !== "";
  const { t } = useTranslation();

  return (
    <search className="post-search">
      <input
        type="search"
        aria-label={t("search.label")}
        aria-describedby={searching ? summaryId : undefined}
        placeholder={t("search.label")}
        value={query}
        onFocus={prepare}
        onChange={(event) => setQuery(event.target.value)}
      />
      {searching && (
        <>
          <p id={summaryId} className="post-search-summary">
            {summary(t, results.length, indexing)}
          </p>
          <ul className="post-search-results" aria-label={t("search.results")}>
            {results.map((post) => (
              <SearchResult key={post.key} post={post} />
            ))}
          </ul>
        </>
      )}
    </search>
  );
}

function summary(t: TFunction, count: number, indexing: boolean): string {
  if (count === 0) return indexing ? t("search.noneSoFar") : t("search.none");
  if (count >= SEARCH_LIMIT) {
    return t(indexing ? "search.bestSoFar" : "search.best", { count });
  }
  return t(indexing ? "search.foundSoFar" : "search.found", { count });
}
