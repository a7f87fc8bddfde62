const TALK_KEYS = new Set(['phase', 'messages', 'pledges']);
/**
 * Checks a sheet against the request it answers.
 *
 * @returns null when legal, else the first problem found
 * @example
 * const problem = checkSheet(request, { phase: 'vote', vote: 'maybe' });
 * // { code: 'bad-value', slot: 'vote', message: 'vote must be one of "yes", "no", "abstain"' }
 */
export function checkSheet(request, sheet) {
    if (typeof sheet !== 'object' || sheet === null)
        return bad('', 'a sheet must be an object');
    if (sheet.phase !== request.phase)
        return { code: 'wrong-phase', slot: 'phase', message: `the game is in ${request.phase}, not ${show(sheet.phase)}` };
    const slots = request.slots;
    const fields = sheet;
    for (const key of Object.keys(fields)) {
        const value = fields[key];
        if (value === undefined || key === 'phase')
            continue;
        const slot = Object.hasOwn(slots, key) ? slots[key] : undefined;
        if (slot === undefined) {
            if (TALK_KEYS.has(key) && Array.isArray(value) && value.length === 0)
                continue;
            return { code: 'closed-slot', slot: key, message: `${key} is not open to ${request.actor} in ${request.phase}` };
        }
        const problem = checkSlot(key, slot, value, request.actor);
        if (problem !== null)
            return problem;
    }
    return null;
}
function checkSlot(key, slot, value, self) {
    switch (slot.type) {
        case 'choice':
            return isOption(slot.options, value) ? null : bad(key, `${key} must be one of ${list(slot.options)}`);
        case 'subset': {
            if (!Array.isArray(value))
                return bad(key, `${key} must be a list`);
            if (value.length > slot.max)
                return bad(key, `${key} takes at most ${slot.max}`);
            if (value.length > 1 && new Set(value).size !== value.length)
                return bad(key, `${key} lists an entry twice`);
            const wrong = value.findIndex((v) => !slot.options.includes(v));
            return wrong < 0 ? null : bad(`${key}.${wrong}`, `${show(value[wrong])} is not one of ${list(slot.options)}`);
        }
        case 'list': {
            if (!Array.isArray(value) || value.length !== slot.items.length)
                return bad(key, `${key} needs exactly ${slot.items.length} entries (${slot.items.join(', ') || 'none'})`);
            const wrong = value.findIndex((v) => !isOption(slot.options, v));
            return wrong < 0 ? null : bad(`${key}.${wrong}`, `${show(value[wrong])} is not one of ${list(slot.options)}`);
        }
        case 'vector': {
            if (!Array.isArray(value) || value.length !== slot.min.length)
                return bad(key, `${key} needs ${slot.min.length} numbers`);
            const wrong = value.findIndex((v, i) => typeof v !== 'number' || !Number.isFinite(v) || v < slot.min[i] - 1e-9 || v > slot.max[i] + 1e-9);
            return wrong < 0 ? null : bad(`${key}.${wrong}`, `must lie in [${slot.min[wrong].toFixed(2)}, ${slot.max[wrong].toFixed(2)}]`);
        }
        case 'messages':
            return checkMessages(slot.max, slot.maxLength, slot.recipients, value, self);
        case 'pledges':
            return checkPledges(slot, value, self);
    }
}
function checkMessages(max, maxLength, recipients, value, self) {
    if (!Array.isArray(value))
        return bad('messages', 'messages must be a list');
    if (value.length > max)
        return bad('messages', `at most ${max} messages a step`);
    for (const [i, m] of value.entries()) {
        if (typeof m?.text !== 'string' || m.text.length === 0 || m.text.length > maxLength)
            return bad(`messages.${i}.text`, `a message is 1 to ${maxLength} characters`);
        const to = recipientProblem(m.to, recipients, self);
        if (to !== null)
            return bad(`messages.${i}.to`, to);
    }
    return null;
}
function checkPledges(slot, value, self) {
    if (!Array.isArray(value))
        return bad('pledges', 'pledges must be a list');
    if (value.length > slot.max)
        return bad('pledges', `at most ${slot.max} pledges a step`);
    for (const [i, p] of value.entries()) {
        if (!slot.kinds.includes(p?.kind))
            return bad(`pledges.${i}.kind`, `must be one of ${list(slot.kinds)}`);
        const to = recipientProblem(p.to, slot.recipients, self);
        if (to !== null)
            return bad(`pledges.${i}.to`, to);
        if (p.kind === 'support-amendment' && !slot.amendments.includes(p.target))
            return bad(`pledges.${i}.target`, `must be a pending amendment id (${list(slot.amendments)})`);
        if (p.kind === 'no-operations' && p.target !== undefined && !slot.states.includes(p.target))
            return bad(`pledges.${i}.target`, 'must be a state id, or left out for all states');
    }
    return null;
}
function recipientProblem(to, recipients, self) {
    if (!Array.isArray(to))
        return 'to must be a list of actor ids (empty for public)';
    const wrong = to.find((r) => r === self || !recipients.includes(r));
    if (wrong === undefined && new Set(to).size !== to.length)
        return 'to lists a recipient twice';
    return wrong === undefined ? null : `${show(wrong)} is not another seat of this game`;
}
/** Whether `value` is one of `options` (primitives by identity, small objects by their fields). */
function isOption(options, value) {
    if (value === null || typeof value !== 'object')
        return options.includes(value);
    return options.some((o) => sameOption(o, value));
}
/** Equality of option values: primitives, or small plain objects (amendment orders). */
export function sameOption(a, b) {
    if (a === b)
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return false;
    const x = a;
    const y = b;
    let count = 0;
    for (const k in x) {
        if (x[k] !== y[k])
            return false;
        count++;
    }
    for (const _ in y)
        count--;
    return count === 0;
}
function bad(slot, message) {
    return { code: 'bad-value', slot, message };
}
/** A value as text for a message; never throws (a client's JSON may hold `{"toString": null}`). */
function show(value) {
    try {
        return String(value);
    }
    catch {
        return JSON.stringify(value) ?? typeof value;
    }
}
function list(options) {
    const shown = options.slice(0, 8).map((o) => JSON.stringify(o));
    return shown.join(', ') + (options.length > 8 ? ', …' : '');
}
//# sourceMappingURL=legality.js.map