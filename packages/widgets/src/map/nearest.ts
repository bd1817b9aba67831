/**
 * Arrow-key movement on a map: the place whose centre lies most nearly in the arrow's direction from the
 * current one. Distance across the direction counts double, so ArrowRight from Kansas finds Missouri, not a
 * nearer state up and to the right. With no current place, the one nearest the view's centre.
 */
import type { Box } from './geometry.js';

type Point = [number, number];

export function nearestInDirection(
  places: readonly [string, Point][],
  from: Point | null,
  [dx, dy]: [number, number],
  [vx, vy, vw, vh]: Box,
): string | null {
  const origin: Point = from ?? [vx + vw / 2, vy + vh / 2];
  let best: string | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const [id, [x, y]] of places) {
    const along = (x - origin[0]) * dx + (y - origin[1]) * dy;
    const across = Math.abs((x - origin[0]) * dy - (y - origin[1]) * dx);
    // from a place: only ahead of it; from nowhere: anything
    if (from && along <= 0) continue;
    const score = from ? along + 2 * across : Math.hypot(x - origin[0], y - origin[1]);
    if (score < bestScore) {
      bestScore = score;
      best = id;
    }
  }
  return best;
}
