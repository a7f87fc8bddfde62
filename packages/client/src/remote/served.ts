/**
 * Whether a Geneva server serves this page (and not `vite preview` or a file): the server answers
 * its JSON API at the page's origin.
 */

/** True when `/api/scenarios` answers with JSON here. */
export async function servedByGeneva(): Promise<boolean> {
  try {
    const answer = await fetch('/api/scenarios');
    return answer.ok && (answer.headers.get('content-type') ?? '').includes('json');
  } catch {
    return false;
  }
}
