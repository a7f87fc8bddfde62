import { describe, expect, it } from 'vitest';
import { maskedCommand, provenanceWith, sessionEnded, sessionStarted } from '../../../src/cli/batch/provenance.js';

describe('provenance', () => {
  it('masks the password of every Redis URL in a command line, and only that', () => {
    expect(maskedCommand(['batch', 'x', '--queue', 'redis://me:s3cret@10.0.0.5:6379/2'])).toEqual(['batch', 'x', '--queue', 'redis://me:***@10.0.0.5:6379/2']);
    expect(maskedCommand(['--queue=rediss://:p%40ss@host:6380'])).toEqual(['--queue=rediss://:***@host:6380']);
    expect(maskedCommand(['--queue', 'redis://10.0.0.5:6379', '--seed', 'me:you@there'])).toEqual(['--queue', 'redis://10.0.0.5:6379', '--seed', 'me:you@there']);
  });

  it('times a session in UTC, its wall time in seconds', () => {
    const session = sessionStarted(['batch'], Date.UTC(2026, 0, 2, 3, 4, 5, 600));
    expect(session).toMatchObject({ startedAt: '2026-01-02T03:04:05.600Z', endedAt: null, wallSeconds: null, node: process.version });
    expect(sessionEnded(session, Date.UTC(2026, 0, 2, 3, 5, 7, 834))).toMatchObject({ endedAt: '2026-01-02T03:05:07.834Z', wallSeconds: 62.234 });
  });

  it('starts a record for a new batch, and appends a resumption to the first one', () => {
    const first = sessionStarted(['batch', 'a'], 1000);
    const again = sessionStarted(['batch', 'a', '--resume'], 5000);
    const record = provenanceWith(undefined, first, false);
    expect(record).toEqual({ ...first, resumes: [] });
    expect(provenanceWith(record, again, true)).toEqual({ ...first, resumes: [again] });
    expect(provenanceWith(provenanceWith(record, again, true), again, true).resumes).toHaveLength(2);
    expect(provenanceWith(record, again, false)).toEqual({ ...again, resumes: [] });
  });
});
