// The Element Timing attribute (https://wicg.github.io/element-timing/),
// which React passes through to the DOM but its types do not list yet.
import "react";

declare module "react" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- a merged declaration repeats React's own parameter
  interface HTMLAttributes<T> {
    /** Names the element's paints for a PerformanceObserver of "element". */
    elementtiming?: string | undefined;
  }
}
