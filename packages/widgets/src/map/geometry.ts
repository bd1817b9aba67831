/**
 * The map's shapes (built by scripts/build-map-geometry.mjs), loaded once per page and only by pages that
 * show a map: a chunk of its own, so the other elements never download it.
 */

/** [x, y, width, height] in the frame's units */
export type Box = [number, number, number, number];

export interface MapGeometry {
  format: 1;
  source: string;
  /** the national view's width and height */
  frame: [number, number];
  /** the boxes Alaska, Hawaii and the territories are drawn in */
  insets: Box[];
  /** by state FIPS code: the outline and its box */
  states: Record<string, { d: string; box: Box }>;
  /** by county FIPS code: SVG path data */
  counties: Record<string, string>;
}

let geometry: Promise<MapGeometry> | null = null;

export function loadMapGeometry(): Promise<MapGeometry> {
  geometry ??= import('./geometry.json').then((module) => module.default as unknown as MapGeometry);
  return geometry;
}
