import { stateFacts } from './estimates.js';
/** Moves every article toward the chair's ideal (plus `tilt` per article), clamped to the bounds. */
export function draftTowardIdeal(view, request, tilt = () => 0) {
    const slot = request.slots.text;
    const me = stateFacts(view);
    if (!slot)
        return { phase: 'drafting' };
    const text = view.public.text.map((x, a) => {
        const goal = (me ? me.ideal[a] : x) + tilt(a);
        return Math.min(slot.max[a], Math.max(slot.min[a], goal));
    });
    return { phase: 'drafting', text };
}
//# sourceMappingURL=drafting.js.map