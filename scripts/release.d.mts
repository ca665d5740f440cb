/** Types of scripts/release.mjs, for the tests that import it. */
export declare const REPOSITORY: string;
/** Every reference a workflow makes to one of this repository's actions: [action, ref]. */
export declare function actionRefs(text: string): [string, string][];
/** The workflow with every reference to this repository's actions pinned to `sha`. */
export declare function pinActionRefs(text: string, sha: string): string;
/** Why a workflow's references are not consistent: one ref for all, `main` or a full SHA. */
export declare function refProblems(text: string): string[];
