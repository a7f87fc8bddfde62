/**
 * The articles of the draft convention. Every mechanic of the model reads one or more of them,
 * so the set is fixed; a scenario gives each one its title, wording and initial draft position.
 */
export declare const ARTICLES: readonly ["targets", "assistance", "disclosure", "restraint", "backdoors", "content", "binding", "attribution"];
/** One article of the draft convention, by id. */
export type ArticleId = (typeof ARTICLES)[number];
/** Article index by id, for the array-backed hot path. */
export declare const ARTICLE_INDEX: Readonly<Record<ArticleId, number>>;
/** Index constants used by the rules; kept in step with {@link ARTICLES}. */
export declare const A: {
    readonly targets: 0;
    readonly assistance: 1;
    readonly disclosure: 2;
    readonly restraint: 3;
    readonly backdoors: 4;
    readonly content: 5;
    readonly binding: 6;
    readonly attribution: 7;
};
/** Number of articles. */
export declare const ARTICLE_COUNT: 8;
