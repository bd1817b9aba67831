import type { AgencyKind } from '@open287g/sdk';

/** A county (or counties) an unplaced agency may be in, and why the rules think so. */
export interface Suggestion {
  counties: string[];
  why: string;
}

/** One thing wrong with the input, located as precisely as we can: file, then row, then column. */
export interface Problem {
  file: string;
  /** 1-based spreadsheet row, as Excel shows it. */
  row?: number;
  column?: string;
  message: string;
  /** For an agency the rules could not place: what a reviewer decides on, best guess first. */
  review?: { state: string; agency: string; kind: AgencyKind; suggestions: Suggestion[] };
}

export function formatProblem(problem: Problem): string {
  const where = [problem.file, problem.row ? `row ${problem.row}` : null, problem.column ?? null]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${problem.message}`;
}

/**
 * The ingest refused its input. Carries every problem found (not just the first), so one run tells the
 * maintainer everything to fix; nothing was written when this is thrown.
 */
export class IngestError extends Error {
  override name = 'IngestError';
  constructor(readonly problems: readonly Problem[]) {
    const shown = problems.slice(0, 200).map((problem) => `  - ${formatProblem(problem)}`);
    if (problems.length > 200) shown.push(`  …and ${problems.length - 200} more`);
    super(
      `${problems.length === 1 ? '1 problem' : `${problems.length} problems`} in the input:\n${shown.join('\n')}`,
    );
  }
}
