/**
 * The options argument of the query functions, checked at run time: a JavaScript caller can pass a bare
 * value where the object belongs (`search(dataset, text, 5)`, `toCsv(dataset, 'FL')`), which would
 * otherwise be ignored without a word, or fail as a TypeError for `null`.
 */
import { InvalidQueryError } from './errors.js';

export function optionsObject<T extends object>(options: T | undefined, example: string): Partial<T> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidQueryError('options', options, `an object such as ${example}, or nothing`);
  }
  return options;
}
