/**
 * Counts by model over time: the history series (ICE's lists since 2021, parsed by our reference build),
 * ending with the loaded dataset itself when it is newer than the last history point.
 */
import type { Dataset } from './dataset.js';
import type { HistoryPoint } from './schema.js';
import { stats } from './stats.js';

export function timeline(dataset: Dataset): HistoryPoint[] {
  const points = [...dataset.history];
  const last = points.at(-1);
  if (!last || last.date < dataset.asOf) {
    const current = stats(dataset);
    points.push({
      date: dataset.asOf,
      basis: 'current snapshot',
      file: dataset.source.file ?? dataset.source.url,
      rows: current.agreements,
      agencies: current.agencies,
      states: current.states,
      byModel: { JEM: current.byModel.JEM, TFM: current.byModel.TFM, WSO: current.byModel.WSO, HYBRID: 0 },
    });
  }
  return points;
}
