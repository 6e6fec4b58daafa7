import { useId } from "react";
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

  return (
    <search className="post-search">
      <input
        type="search"
        aria-label="Search posts"
        aria-describedby={searching ? summaryId : undefined}
        placeholder="Search posts"
        value={query}
        onFocus={prepare}
        onChange={(event) => setQuery(event.target.value)}
      />
      {searching && (
        <>
          <p id={summaryId} className="post-search-summary">
            {summary(results.length, indexing)}
          </p>
          <ul className="post-search-results" aria-label="Search results">
            {results.map((post) => (
              <SearchResult key={post.key} post={post} />
            ))}
          </ul>
        </>
      )}
    </search>
  );
}

function summary(count: number, indexing: boolean): string {
  const still = indexing ? " so far; still reading older posts" : "";
  if (count === 0) return `No posts found${still}.`;
  if (count >= SEARCH_LIMIT) return `The best ${count} matches${still}.`;
  return `${count} ${count === 1 ? "post" : "posts"} found${still}.`;
}
