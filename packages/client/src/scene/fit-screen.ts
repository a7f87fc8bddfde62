/**
 * Keeps the table filling its box on a screen whose size is not known in advance (the projector):
 * the box's width comes from the page's grid, its height from the window (down to the bottom of
 * the screen), and the table is fitted again whenever either changes or the lines above it do.
 */

/** The gap left under the table, in CSS pixels. */
const BOTTOM_GAP = 12;

/**
 * Fits the table to `stage` now and whenever the window or the stage's width changes; returns a
 * function that stops.
 */
export function fitToScreen(stage: HTMLElement, fit: (width: number, height: number) => void): () => void {
  let width = -1;
  let height = -1;
  const refit = (): void => {
    const top = stage.getBoundingClientRect().top + window.scrollY;
    const w = Math.floor(stage.clientWidth);
    const h = Math.max(240, Math.floor(window.innerHeight - top - BOTTOM_GAP));
    if (w <= 0 || (w === width && h === height)) return;
    width = w;
    height = h;
    stage.style.height = `${h}px`;
    fit(w, h);
  };
  const observer = new ResizeObserver(refit);
  observer.observe(stage);
  // The lines above the table grow and shrink (a waiting notice, a rollback notice): the stage then
  // moves without changing size, so the page's own size is watched too.
  observer.observe(document.body);
  window.addEventListener('resize', refit);
  refit();
  return () => {
    observer.disconnect();
    window.removeEventListener('resize', refit);
  };
}
