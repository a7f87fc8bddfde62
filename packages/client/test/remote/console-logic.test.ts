/**
 * The console's and set-up's logic in Node: step timers read from the fields' texts (empty means
 * none, anything but a duration within the server's bounds is refused with the field named),
 * remembered timers sanitised, and how steps, events and deadlines are named.
 */
import { describe, expect, it } from 'vitest';
import { stepTimersOf } from '../../src/session/set-up.js';
import { describeTimers, readTimerTexts } from '../../src/remote/timer-fields.js';
import { scheduledWhen, stepLabel, timeLeft, whenWords } from '../../src/remote/game-time.js';

describe('step timers from the fields', () => {
  it('leaves empty fields out, so all empty is no timer', () => {
    expect(readTimerTexts({ seconds: '', phases: {} })).toEqual({ ok: true, timer: {} });
    expect(readTimerTexts({ seconds: ' 240 ', phases: { vote: '90', blame: '' } })).toEqual({ ok: true, timer: { seconds: 240, phases: { vote: 90 } } });
    expect(readTimerTexts({ seconds: '', phases: { negotiation: '300' } })).toEqual({ ok: true, timer: { phases: { negotiation: 300 } } });
    expect(readTimerTexts({ seconds: '', phases: {}, absent: '120' })).toEqual({ ok: true, timer: { absent: 120 } });
    expect(readTimerTexts({ seconds: '240', phases: {}, absent: '' })).toEqual({ ok: true, timer: { seconds: 240 } });
  });

  it('refuses what is not a whole number of seconds within the server’s hour, naming the field', () => {
    for (const bad of ['0', '-5', '1.5', '3601', 'abc', '?'])
      expect(readTimerTexts({ seconds: bad, phases: {} })).toEqual({ ok: false, problem: expect.stringMatching(/^Seconds per step: /) as unknown });
    expect(readTimerTexts({ seconds: '60', phases: { vote: '0' } })).toEqual({ ok: false, problem: expect.stringMatching(/^Vote: /) as unknown });
    expect(readTimerTexts({ seconds: '3600', phases: {} })).toEqual({ ok: true, timer: { seconds: 3600 } });
    expect(readTimerTexts({ seconds: '60', phases: {}, absent: '0' })).toEqual({ ok: false, problem: expect.stringMatching(/^Bot stands in after: /) as unknown });
  });

  it('describes the timers in use in a few words', () => {
    expect(describeTimers({})).toBe('no timer');
    expect(describeTimers({ seconds: 240, phases: { vote: 90 } })).toBe('240 s a step; vote 90 s');
    expect(describeTimers({ phases: { negotiation: 300 } })).toBe('no timer by default; negotiation 300 s');
    expect(describeTimers({ seconds: 240, absent: 120 })).toBe('240 s a step; a bot stands in after 120 s away');
  });
});

describe('remembered or received step timers', () => {
  it('keeps only durations within the server’s bounds, for decision phases', () => {
    expect(stepTimersOf({ seconds: 240, phases: { vote: 90, concluded: 5, bogus: 7, blame: -1 } })).toEqual({ seconds: 240, phases: { vote: 90 } });
    expect(stepTimersOf({ seconds: 99999 })).toBeUndefined();
    expect(stepTimersOf({ absent: 90, bogus: 1 })).toEqual({ absent: 90 });
    expect(stepTimersOf({})).toBeUndefined();
    expect(stepTimersOf('240')).toBeUndefined();
    expect(stepTimersOf(null)).toBeUndefined();
  });
});

describe('naming moments of the game', () => {
  it('says the phase with its round or year', () => {
    expect(whenWords('negotiation', 3, 0)).toBe('negotiation, round 3');
    expect(whenWords('operations', 10, 2)).toBe('operations, year 2');
    expect(whenWords('vote', 10, 0)).toBe('vote');
    expect(whenWords('concluded', 10, 6, true)).toBe('concluded');
  });

  it('labels steps to go back to, marking the teams’ steps and the current one', () => {
    expect(stepLabel({ step: 12, phase: 'negotiation', round: 3, year: 0, human: true }, 14)).toBe('Step 12 · negotiation, round 3 · teams decided');
    expect(stepLabel({ step: 13, phase: 'negotiation', round: 3, year: 0, human: false }, 14)).toBe('Step 13 · negotiation, round 3');
    expect(stepLabel({ step: 14, phase: 'vote', round: 3, year: 0, human: true }, 14)).toBe('Step 14 · vote · this step, from its start');
  });

  it('says when an event is scheduled and how long a step has left', () => {
    expect(scheduledWhen({ round: 4 })).toBe('round 4');
    expect(scheduledWhen({ year: 2 })).toBe('year 2');
    expect(scheduledWhen({})).toBe('—');
    expect(timeLeft(95_000, 0)).toBe('1:35');
    expect(timeLeft(0, 5_000)).toBe('0:00');
    expect(timeLeft(1, 0)).toBe('0:01');
  });
});
