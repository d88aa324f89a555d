import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handlerBody } from './oracle/arbitrary.js';
import { reportedReads } from './oracle/lint.js';
import { resolve } from './oracle/program.js';
import { expectedReports } from './oracle/reference.js';
import { render } from './oracle/render.js';

const SEED = Number(process.env.ORACLE_SEED ?? 20_261_128);
const RUNS = Number(process.env.ORACLE_RUNS ?? 1000);

describe('no-unverified-session-cache control-flow oracle', () => {
  it(`agrees with path enumeration on ${RUNS} generated handlers (seed ${SEED})`, { timeout: 1_200_000 }, () => {
    fc.assert(
      fc.property(handlerBody, raw => {
        const program = resolve(raw);
        const rendered = render(program);
        const sorted = (ids: Set<number>): number[] => [...ids].sort((a, b) => a - b);
        expect(sorted(reportedReads(rendered)), rendered.code).toEqual(sorted(expectedReports(program)));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
