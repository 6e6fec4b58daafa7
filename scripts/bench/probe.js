// Installed in the page before any of its scripts (addInitScript): records
// when the Log in button is clicked, when the first post and the end of
// the feed fetches are painted, and every long task. Times are
// performance.now(), i.e. ms since navigation started.
//
// The first post's paint is the browser's own record of it (Element
// Timing: the author name carries elementtiming="post-author"). The frame
// after the post entered the DOM is kept beside it, as firstPostFrame; it
// runs late when the page is busy, since that frame waits for the tasks
// queued before it, and it stands in where Element Timing is missing.
(() => {
  const bench = {
    click: null,
    firstPost: null,
    firstPostFrame: null,
    loaded: null,
    tasks: [],
  };
  const elementTiming =
    PerformanceObserver.supportedEntryTypes?.includes("element") ?? false;
  const statusAtPaint = () =>
    document.querySelector('[role="status"]')?.textContent ?? "";
  // The frame after a DOM change is when it can be on screen.
  const whenPainted = (record) =>
    requestAnimationFrame(() => setTimeout(() => record(performance.now())));
  window.__bench = bench;

  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) {
      bench.tasks.push({ start: task.startTime, duration: task.duration });
    }
  }).observe({ type: "longtask", buffered: true });

  const isPost = (element) =>
    element?.closest('[role="feed"] article:not([data-outbox])') != null;
  // An element rendered again before the observer hears of its first
  // paint is no longer in the entry (it is null once detached); its name
  // says what it was: only timeline posts carry "post-author".
  const paintedPost = (entry) =>
    entry.element === null
      ? entry.identifier === "post-author"
      : isPost(entry.element);
  if (elementTiming) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const at = entry.renderTime || entry.loadTime;
        const afterClick = bench.click === null || at >= bench.click;
        if (bench.firstPost === null && afterClick && paintedPost(entry)) {
          bench.firstPost = at;
        }
      }
    }).observe({ type: "element", buffered: true });
  }

  document.addEventListener(
    "click",
    (event) => {
      const button = event.target.closest?.("button");
      if (button?.textContent?.trim() === "Log in") {
        Object.assign(bench, { click: performance.now(), firstPost: null });
        Object.assign(bench, { firstPostFrame: null, loaded: null });
      }
    },
    true,
  );

  const watch = () => {
    if (
      bench.firstPostFrame === null &&
      document.querySelector('[role="feed"] article:not([data-outbox])')
    ) {
      bench.firstPostFrame = -1;
      bench.status = statusAtPaint();
      whenPainted((t) => {
        bench.firstPostFrame = t;
        if (!elementTiming) bench.firstPost = t;
      });
    }
    if (
      bench.loaded === null &&
      bench.click !== null &&
      document.querySelector('[data-feed-status="loaded"]')
    ) {
      bench.loaded = -1;
      whenPainted((t) => (bench.loaded = t));
    }
  };
  new MutationObserver(watch).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ["data-feed-status"],
  });
})();
