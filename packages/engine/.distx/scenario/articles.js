/**
 * The articles of the draft convention. Every mechanic of the model reads one or more of them,
 * so the set is fixed; a scenario gives each one its title, wording and initial draft position.
 */
export const ARTICLES = [
    'targets',
    'assistance',
    'disclosure',
    'restraint',
    'backdoors',
    'content',
    'binding',
    'attribution',
];
/** Article index by id, for the array-backed hot path. */
export const ARTICLE_INDEX = Object.freeze(Object.fromEntries(ARTICLES.map((id, index) => [id, index])));
/** Index constants used by the rules; kept in step with {@link ARTICLES}. */
export const A = {
    targets: 0,
    assistance: 1,
    disclosure: 2,
    restraint: 3,
    backdoors: 4,
    content: 5,
    binding: 6,
    attribution: 7,
};
/** Number of articles. */
export const ARTICLE_COUNT = ARTICLES.length;
//# sourceMappingURL=articles.js.map