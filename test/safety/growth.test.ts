import assert from 'node:assert/strict';
import { logGrowth, MAX_CONSTANT_RATIO, MAX_LINEAR_RATIO, quarterGrowth } from './growth';
import type { GrowthRuns } from './growth';

/**
 * The measure test/safety/scaling.test.ts relies on, fed work whose growth is known: a linear loop
 * must pass the scaling test's limit and a quadratic one must fail it, whatever the host's speed; a
 * loop of fixed length must pass the limit of test/safety/singleSegment.test.ts and a linear one fail it. Each
 * takes a tenth of a second or so at its full size, long enough for the CPU clock to time.
 */

const runs: GrowthRuns = { quarter: 2, full: 2 };

/** Sizes whose full-size work costs about the same in both loops (16 million steps). */
const LINEAR_SIZE = 16_000_000;
const QUADRATIC_SIZE = 4000;

/*
 * Every control passes its test's limit to the measure, as the real tests do, so the quadratic and linear controls also
 * show that the extra rounds the measure takes when a ratio exceeds the limit do not let faster-growing work pass.
 */
describe('safety: the growth measure of the scaling test', function () {
  this.timeout(60_000);
  // Where the loops leave their sums, so the compiler cannot drop them as unused.
  const sums: number[] = [];

  it(`finds linear work within ${MAX_LINEAR_RATIO} times as costly at four times its size`, function () {
    const growth = quarterGrowth((size) => {
      let sum = 0;
      for (let step = 0; step < size; step++) sum = (sum * 31 + step) | 0;
      sums.push(sum);
    }, LINEAR_SIZE, runs, MAX_LINEAR_RATIO);
    logGrowth('control: linear loop', growth);
    assert.ok(growth.ratio <= MAX_LINEAR_RATIO, `ratio ${growth.ratio.toFixed(1)} (${growth.fullMs.toFixed(1)} / ${growth.quarterMs.toFixed(1)} ms)`);
  });

  it(`finds quadratic work more than ${MAX_LINEAR_RATIO} times as costly at four times its size`, function () {
    const growth = quarterGrowth((size) => {
      let sum = 0;
      for (let outer = 0; outer < size; outer++) {
        for (let inner = 0; inner < size; inner++) sum = (sum * 31 + outer * inner) | 0;
      }
      sums.push(sum);
    }, QUADRATIC_SIZE, runs, MAX_LINEAR_RATIO);
    logGrowth('control: quadratic loop', growth);
    assert.ok(growth.ratio > MAX_LINEAR_RATIO, `ratio ${growth.ratio.toFixed(1)} (${growth.fullMs.toFixed(1)} / ${growth.quarterMs.toFixed(1)} ms)`);
  });

  it(`finds work that ignores its size within ${MAX_CONSTANT_RATIO} times as costly at four times the size`, function () {
    const growth = quarterGrowth(() => {
      let sum = 0;
      for (let step = 0; step < LINEAR_SIZE / 4; step++) sum = (sum * 31 + step) | 0;
      sums.push(sum);
    }, LINEAR_SIZE, runs, MAX_CONSTANT_RATIO);
    logGrowth('control: constant loop', growth);
    assert.ok(growth.ratio <= MAX_CONSTANT_RATIO, `ratio ${growth.ratio.toFixed(1)} (${growth.fullMs.toFixed(1)} / ${growth.quarterMs.toFixed(1)} ms)`);
  });

  it(`finds linear work more than ${MAX_CONSTANT_RATIO} times as costly at four times its size`, function () {
    const growth = quarterGrowth((size) => {
      let sum = 0;
      for (let step = 0; step < size; step++) sum = (sum * 31 + step) | 0;
      sums.push(sum);
    }, LINEAR_SIZE / 4, runs, MAX_CONSTANT_RATIO);
    logGrowth('control: linear loop against the constant bound', growth);
    assert.ok(growth.ratio > MAX_CONSTANT_RATIO, `ratio ${growth.ratio.toFixed(1)} (${growth.fullMs.toFixed(1)} / ${growth.quarterMs.toFixed(1)} ms)`);
  });
});
