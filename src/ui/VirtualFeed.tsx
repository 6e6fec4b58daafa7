import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { useLayoutEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ReactNode, RefObject } from "react";

interface Props {
  readonly count: number;
  readonly rowKey: (index: number) => string;
  readonly renderRow: (index: number) => ReactNode;
}

/** Room for a post of a few lines until its real height is measured. */
const ESTIMATED_ROW_PX = 160;
/** The gap between posts, as the unvirtualised feed had (0.75rem). */
const GAP_PX = 12;
/**
 * Rows the virtualizer knows of at first, and how many more each time the
 * view nears the last of them. Its work on every change of the list grows
 * with the rows it knows, so a timeline of 20,000 posts arriving feed by
 * feed would otherwise cost a long task per frame.
 */
const WINDOW_ROWS = 200;
/** How close to the last known row the view gets before more are added. */
const NEAR_END_ROWS = 20;

/**
 * The ARIA feed, rendering only the posts near the window's view: a
 * timeline of 100,000 posts costs the DOM and the heap what one screen
 * does. The page itself scrolls, so the list follows the window.
 */
export function VirtualFeed({ count, rowKey, renderRow }: Props) {
  const feed = useRef<HTMLDivElement>(null);
  const margin = useDocumentTop(feed);
  const { t } = useTranslation();
  const [limit, setLimit] = useState(WINDOW_ROWS);
  const known = Math.min(count, limit);
  const virtualizer = useWindowVirtualizer({
    count: known,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: 4,
    gap: GAP_PX,
    scrollMargin: margin,
    getItemKey: rowKey,
    // On each scroll: near the last known row, let it know of more.
    onChange: (instance) => {
      const rows = instance.getVirtualItems();
      const last = rows[rows.length - 1]?.index ?? 0;
      if (known < count && last >= known - NEAR_END_ROWS) {
        setLimit(known + WINDOW_ROWS);
      }
    },
  });

  const rows = virtualizer.getVirtualItems();

  return (
    <div
      ref={feed}
      role="feed"
      aria-label={t("timeline.label")}
      // WAI-ARIA 1.2: a feed is aria-busy while articles are being added;
      // an empty one without it is invalid (axe).
      aria-busy={count === 0 || undefined}
      className="timeline"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {rows.map((row) => (
        <div
          key={row.key}
          ref={virtualizer.measureElement}
          data-index={row.index}
          className="timeline-row"
          style={{ transform: `translateY(${row.start - margin}px)` }}
        >
          {renderRow(row.index)}
        </div>
      ))}
    </div>
  );
}

/**
 * The element's distance from the top of the document, which the window
 * virtualizer needs as its scroll margin. It moves when what is above it
 * (the composer, the progress line) changes height, and each such change
 * resizes the parent, so the parent is watched.
 */
function useDocumentTop(ref: RefObject<HTMLElement | null>): number {
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element?.parentElement) return;
    const measure = () =>
      setTop(Math.round(element.getBoundingClientRect().top + scrollY));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element.parentElement);
    return () => observer.disconnect();
  }, [ref]);
  return top;
}
