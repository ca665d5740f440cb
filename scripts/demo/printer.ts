/**
 * How the demos print the steps they run. Brief by default, a story a person reads in two minutes: each step's
 * verdict, the outputs that carry it, its job summary with folded sections left folded and no blank lines; the
 * steps skipped in a row on one line; what the demo does instead of the real thing once per action. Verbose
 * (`DEMO_VERBOSE=1` or `--verbose`): every step's inputs, every output, and every summary in full, as they come.
 */
import type { StepResult } from './pipeline.js';
import { summaryForTerminal } from './terminal.js';

type Print = (text: string) => void;

/** True when the demo should print everything: `DEMO_VERBOSE=1` (or true) or `--verbose` on the command line. */
export function verboseAsked(env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv): boolean {
  return /^(1|true|yes)$/i.test(env.DEMO_VERBOSE ?? '') || argv.includes('--verbose');
}

/** The outputs a brief step line shows, per action: the verdict and what changed. Others only when verbose. */
const KEY_OUTPUTS: Record<string, string[]> = {
  'build-push': ['result', 'reused'],
  'deploy-ecs': ['changed', 'status', 'task-definition-arn', 'previous-task-definition-arn', 'results'],
  migrate: ['applied-count', 'pending-count', 'lint-blocking-count'],
  'bake-and-promote': ['verdict', 'task-definition-before', 'task-definition-after', 'restore-ms'],
  rollback: ['status', 'task-definition-arn', 'previous-task-definition-arn'],
  release: ['verdict'],
};

/** `arn:…:task-definition/web:3` → `web:3`; a `results` array → `service action/status` each. Pure. */
export function briefValue(name: string, value: string): string {
  if (/^arn:aws:ecs:[^:]+:\d+:task-definition\//.test(value)) return value.split('/').pop()!;
  if (name === 'results' && value.startsWith('[')) {
    try {
      const entries = JSON.parse(value) as { service?: string; action?: string; status?: string }[];
      return `[${entries.map((e) => [e.service, [e.action, e.status].filter(Boolean).join('/')].join(' ')).join(', ')}]`;
    } catch {
      return value;
    }
  }
  return value;
}

/** One line of a step's key outputs: `changed=true · status=registered · …`; empty when it has none of them. Pure. */
export function keyOutputs(step: StepResult): string {
  const action = step.title.split(':')[0];
  const keys =
    KEY_OUTPUTS[action] ??
    Object.keys(step.outputs).filter((k) => step.outputs[k].length <= 60 && !/^[[{]/.test(step.outputs[k]));
  return keys
    .filter((k) => step.outputs[k] !== undefined && step.outputs[k] !== '')
    .map((k) => `${k}=${briefValue(k, step.outputs[k])}`)
    .join(' · ');
}

/** A step's name, short: `actions/checkout@3d3c…` → `checkout`. Pure. */
export function shortTitle(step: StepResult): string {
  return step.title.replace(/^[\w.-]+\/([\w.-]+)@[0-9a-f]{7,40}$/, '$1');
}

/** Why a step was skipped, in a few words (the runner's `if:` is long; the stand-ins say why in verbose). Pure. */
function skipWhy(step: StepResult): string {
  if (!step.skipped) return '';
  if (step.skipped.startsWith('if:')) return 'its if: is false';
  if (/step before it failed|job it needs/.test(step.skipped)) return step.skipped;
  return 'not needed on this machine';
}

/** The `::error::` texts an action printed, decoded (what GitHub shows as annotations). Pure. */
export function annotations(output: string): string[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('::error'))
    .map((line) =>
      line
        .replace(/^::error[^:]*::/, '')
        .replace(/%0D/g, '')
        .replace(/%0A/g, ' ')
        .replace(/%25/g, '%'),
    );
}

/**
 * The annotations that say something the summary above them does not: one whose text (after its `<action>:` or
 * `<action> failed:` prefix) the summary already holds, or another annotation holds, is left out. Pure.
 */
export function newAnnotations(texts: string[], summary: string): string[] {
  const body = (text: string) => text.replace(/^[\w-]+( failed)?: /, '');
  return texts.filter((text, i) => {
    const own = body(text);
    if (summary.includes(own)) return false;
    return !texts.some((other, j) => j !== i && body(other).includes(own) && (body(other) !== own || j < i));
  });
}

/**
 * Output as a person reads it on GitHub: workflow commands (`::group::`, `::debug::`…) are not shown, and every value a
 * step masked (`::add-mask::`) reads `***` wherever it appears. Pure.
 */
export function withoutCommands(output: string): string {
  const lines = output.split('\n');
  const masks = lines
    .filter((line) => line.startsWith('::add-mask::'))
    .map((line) => line.slice('::add-mask::'.length).trim())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  return lines
    .filter((line) => !/^::[a-z-]+( [^:]*)?::/.test(line))
    .map((line) => masks.reduce((shown, mask) => shown.split(mask).join('***'), line))
    .join('\n')
    .trim();
}

export class DemoPrinter {
  private skipped: StepResult[] = [];
  private readonly said = new Set<string>();

  constructor(
    private readonly out: Print,
    readonly verbose: boolean = verboseAsked(),
  ) {}

  /** Prints a line (after any skipped steps still held back). */
  print(text: string): void {
    this.flush();
    this.out(text);
  }

  /** A section heading. */
  rule(title: string): void {
    this.print(this.verbose ? `\n${'═'.repeat(100)}\n${title}\n${'═'.repeat(100)}` : `\n═══ ${title}`);
  }

  /** One step, as the run reports it. */
  step(step: StepResult): void {
    if (this.verbose) return printStepVerbose(step, (text) => this.print(text));
    if (step.skipped) {
      if (this.skipped.length && this.skipped[0].job !== step.job) this.flush();
      this.skipped.push(step);
      return;
    }
    const ok = step.exitCode === 0;
    this.print(
      `▶ ${step.job} › ${shortTitle(step)}  ${ok ? '✔' : `✖ exit ${step.exitCode}`} ${step.seconds?.toFixed(1)}s`,
    );
    const kind = step.title.split(':')[0];
    if (step.substitution && !this.said.has(kind)) {
      this.said.add(kind);
      this.out(`  ↳ instead of the real thing: ${step.substitution}`);
    }
    const outputs = keyOutputs(step);
    if (outputs) this.out(`  outputs: ${outputs}`);
    if (step.summary) this.out(indent(briefSummary(step.summary)));
    if (!ok)
      for (const line of newAnnotations(annotations(step.output ?? ''), step.summary ?? ''))
        this.out(wrap(`✖ ${line}`, 110, '    '));
    else if (!step.summary && step.output) this.out(indent(withoutCommands(step.output)));
  }

  /** The steps skipped in a row, on one line per job. */
  flush(): void {
    if (!this.skipped.length) return;
    const groups = new Map<string, string[]>();
    for (const s of this.skipped) groups.set(skipWhy(s), [...(groups.get(skipWhy(s)) ?? []), shortTitle(s)]);
    this.out(
      `▷ ${this.skipped[0].job} › skipped: ${[...groups].map(([why, names]) => `${names.join(', ')} (${why})`).join('; ')}`,
    );
    this.skipped = [];
  }
}

/** Words wrapped at `width`, each line indented. Pure. */
export function wrap(text: string, width: number, lead: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(lead + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(lead + line);
  return lines.join('\n');
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}

/** A job summary, brief: folded sections stay folded (their title only), no blank lines. Pure. */
export function briefSummary(markdown: string): string {
  const folded = markdown.replace(/<details><summary>(.*?)<\/summary>[\s\S]*?<\/details>/g, '▸ $1 (folded)');
  return summaryForTerminal(folded)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .join('\n');
}

/** Everything about a step: its inputs (secrets masked as the runner masks them), every output, the whole summary. */
export function printStepVerbose(step: StepResult, print: Print): void {
  print(
    `\n▶ ${step.job} › ${step.title}${step.skipped ? `  (skipped: ${step.skipped})` : `  exit ${step.exitCode} in ${step.seconds?.toFixed(1)}s`}`,
  );
  if (step.skipped) return;
  if (step.substitution) print(`  ↳ instead of the real thing: ${step.substitution}`);
  if (step.inputs) {
    for (const [name, value] of Object.entries(step.inputs)) {
      if (value === '') continue;
      // As the runner masks them: tokens, secrets and connection strings never reach the terminal.
      const shown = /token|password|database-url|secrets|webhook/.test(name) ? '***' : value.split('\n').join(' | ');
      print(`    with ${name}: ${shown}`);
    }
  }
  if (Object.keys(step.outputs).length) {
    print('  outputs:');
    for (const [name, value] of Object.entries(step.outputs))
      print(`    ${name} = ${value.length > 160 ? `${value.slice(0, 157)}...` : value}`);
  }
  if (step.summary)
    print(
      '  job summary:\n' +
        summaryForTerminal(step.summary)
          .trim()
          .split('\n')
          .map((line) => `    ${line}`)
          .join('\n'),
    );
  else if (step.output)
    print(
      withoutCommands(step.output)
        .split('\n')
        .map((line) => `    ${line}`)
        .join('\n'),
    );
}
