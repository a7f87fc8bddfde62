import { describe, expect, it } from 'vitest';
import { carries } from '../../src/rules/majority.js';

describe('a weighted vote', () => {
  it('carries with some yes and a yes share of those voting at the threshold or above', () => {
    expect(carries(10, 5, 0.667)).toBe(false);
    expect(carries(2, 1, 0.5)).toBe(true);
    expect(carries(1, 1, 0.5)).toBe(true);
    expect(carries(0, 0, 0)).toBe(false);
    expect(carries(0, 3, 0)).toBe(false);
  });
});
