import { describe, expect, it } from 'vitest';
import { ReplicateStore, pointMeans } from '../../src/batch/replicates.js';
import type { Design } from '../../src/batch/sweep.js';

const design: Design = { paths: ['a'], points: [[0], [1]], replications: 3, samples: 1 };
const IDENTITY = new Set(['run', 'point', 'replication', 'seed', 'error']);

describe('ReplicateStore', () => {
  it('keeps each run’s outcomes by point and replication: booleans as 0 or 1, a failed or missing run as NaN', () => {
    const store = new ReplicateStore(design, IDENTITY);
    store.add({ run: 0, point: 0, replication: 0, seed: '1/0', a: 0, y: 2.5, ok: true, error: '' });
    store.add({ run: 1, point: 0, replication: 1, seed: '1/1', a: 0, y: 4, ok: false, error: '' });
    store.add({ run: 4, point: 1, replication: 1, seed: '1/1', a: 1, y: 9, ok: true, error: 'hung' });
    store.add({ run: 9, point: 7, replication: 0, seed: '1/0', a: 1, y: 1, ok: true, error: '' }); // no such point: ignored
    expect(store.outcomes()).toEqual(['y', 'ok']); // not the swept path, not the identity columns
    expect(Array.from(store.column('y'))).toEqual([2.5, 4, Number.NaN, Number.NaN, Number.NaN, Number.NaN]);
    expect(store.value('ok', 0, 0)).toBe(1);
    expect(store.value('ok', 0, 1)).toBe(0);
    expect(store.value('y', 1, 1)).toBeNaN(); // failed
    expect(store.value('nothing', 0, 0)).toBeNaN();
  });

  it('gives point means over drawn replications, repeats counted, NaN where none finished', () => {
    const column = Float64Array.from([1, 2, 3, Number.NaN, Number.NaN, Number.NaN]);
    expect(Array.from(pointMeans(column, 3, [0, 0, 2]))).toEqual([5 / 3, Number.NaN]);
  });
});
