/** Reads the stages of a Dockerfile, so a wrong `target` fails before a builder starts (with the line to fix). */

/** One `FROM` instruction: the stage it opens, and where it is. */
export interface DockerfileStage {
  /** The `AS` name, lower-cased as the builders compare it; undefined for an unnamed stage. */
  name?: string;
  /** The image or earlier stage it starts from, as written. */
  base: string;
  /** 1-based line of the `FROM`. */
  line: number;
  /** 0-based position, which is also how an unnamed stage is addressed. */
  index: number;
}

/** The stages in order; continuation lines and comments are handled the way the Dockerfile parser does. */
export function parseStages(text: string): DockerfileStage[] {
  const stages: DockerfileStage[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const startLine = i + 1;
    let instruction = lines[i];
    // A trailing backslash joins the next line; comment lines inside a continuation are dropped.
    while (/\\\s*$/.test(instruction) && i + 1 < lines.length) {
      i++;
      if (/^\s*#/.test(lines[i])) continue;
      instruction = instruction.replace(/\\\s*$/, ' ') + lines[i];
    }
    const words = instruction.trim().split(/\s+/);
    if (words[0]?.toUpperCase() !== 'FROM') continue;
    const args = words.slice(1).filter((word) => !word.startsWith('--'));
    const asAt = args.findIndex((word) => word.toUpperCase() === 'AS');
    stages.push({
      base: args[0] ?? '',
      name: asAt >= 0 && args[asAt + 1] ? args[asAt + 1].toLowerCase() : undefined,
      line: startLine,
      index: stages.length,
    });
  }
  return stages;
}

/** The stage a target names (case-insensitive, like the builders), or undefined. */
export function findStage(stages: DockerfileStage[], target: string): DockerfileStage | undefined {
  return stages.find((stage) => stage.name === target.toLowerCase());
}

/** "deps, builder, production" for messages; unnamed stages show as their index. */
export function describeStages(stages: DockerfileStage[]): string {
  return stages.map((stage) => stage.name ?? `#${stage.index}`).join(', ');
}
