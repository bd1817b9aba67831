/**
 * Places readers name that are no county's name and no postal city's: New York City, which is five
 * counties, and its boroughs, each a county under another name (Census: New York County is Manhattan,
 * Kings County Brooklyn, Richmond County Staten Island). Search finds them like towns.
 */
export interface KnownPlace {
  name: string;
  /** other names readers type for it */
  aliases?: readonly string[];
  state: string;
  /** county FIPS codes, the most populous first */
  counties: readonly string[];
}

export const KNOWN_PLACES: readonly KnownPlace[] = [
  {
    name: 'New York City',
    aliases: ['NYC'],
    state: 'NY',
    counties: ['36047', '36081', '36061', '36005', '36085'],
  },
  { name: 'Manhattan', state: 'NY', counties: ['36061'] },
  { name: 'The Bronx', state: 'NY', counties: ['36005'] },
  { name: 'Staten Island', state: 'NY', counties: ['36085'] },
];
