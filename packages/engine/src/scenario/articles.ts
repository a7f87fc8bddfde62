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
] as const;

/** One article of the draft convention, by id. */
export type ArticleId = (typeof ARTICLES)[number];

/** Article index by id, for the array-backed hot path. */
export const ARTICLE_INDEX: Readonly<Record<ArticleId, number>> = Object.freeze(
  Object.fromEntries(ARTICLES.map((id, index) => [id, index])) as Record<ArticleId, number>,
);

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
} as const satisfies Record<ArticleId, number>;

/** Generic titles of the articles, for words where no scenario is at hand (a scenario gives its own). */
export const ARTICLE_TITLES: Readonly<Record<ArticleId, string>> = Object.freeze({
  targets: 'Protected targets',
  assistance: 'Assistance to private-sector response',
  disclosure: 'Vulnerability disclosure',
  restraint: 'Weapons restraint',
  backdoors: 'No backdoors',
  content: 'Content scope',
  binding: 'Bindingness',
  attribution: 'Attribution organisation',
});

/** Number of articles. */
export const ARTICLE_COUNT = ARTICLES.length;
