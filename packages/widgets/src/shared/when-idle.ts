/**
 * Runs `work` once the main thread is idle, and after `timeout` ms at the latest: for work a reader may
 * soon need but that must not delay what they are doing now (a keystroke, an answer). Where
 * `requestIdleCallback` is missing (Safari), a short timer stands in for it.
 */
export function whenIdle(work: () => void, timeout = 1000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout });
  else setTimeout(work, 50);
}
