/** The job summary: what image this run produced or reused, under which tags, and what the scan found. */
import { blobBytes, type BlobCopyHow } from '../../../lib/ecr/copy-image.js';
import { SEVERITIES } from '../../../lib/ecr/scan.js';
import { codeBlock, details, formatBytes, heading, table } from '../../../lib/report/markdown.js';
import type { Outcome } from './apply.js';
import type { Plan } from './plan.js';

const RESULT_WORDS: Record<Outcome['result'], string> = {
  built: 'built and pushed',
  reused: 'already built: reused, nothing was built',
  promoted: 'promoted by manifest copy, nothing was built',
};

const TAG_WORDS = { pushed: 'pushed', added: 'added', moved: 'moved here', 'already-present': 'already here' };

export function renderSummary(plan: Plan, outcome: Outcome): string {
  const image = `${plan.registry}/${plan.repositoryName}`;
  let markdown = heading(`build-push: ${plan.repositoryName}`);
  // A promotion copies a manifest without reading its platforms ("unknown"): those say nothing, and one platform of
  // the image's own digest is a row of the first table.
  const platforms = Object.entries(outcome.platformDigests).filter(([platform]) => platform !== 'unknown');
  markdown += table(
    ['Build', 'Outcome'],
    [
      [
        'Result',
        outcome.lostRace
          ? 'a concurrent run of this commit pushed first: its image reused'
          : RESULT_WORDS[outcome.result],
      ],
      ...(plan.step.kind === 'build' && plan.step.replaces
        ? [
            [
              'Replaced',
              `\`${plan.step.replaces.digest}\` (${plan.step.replaces.platforms.join(', ')} only; still pullable by digest, now untagged)`,
            ],
          ]
        : []),
      ['Image', `\`${image}@${outcome.digest}\``],
      ...(platforms.length === 1 && platforms[0][1] === outcome.digest ? [['Platform', platforms[0][0]]] : []),
      ...(plan.step.kind === 'promote' ? [['Promoted from', `\`${plan.step.sourceReference}\``]] : []),
      ...outcome.createdRepositories.map((name) => ['Created repository', name]),
    ],
  );
  if (outcome.transfer) markdown += renderTransfer(outcome.transfer);
  markdown += table(
    ['Tag', 'Outcome'],
    outcome.tags.map(({ tag, outcome: said }) => [`\`${tag}\``, TAG_WORDS[said]]),
  );
  if (platforms.length > 1 || (platforms.length === 1 && platforms[0][1] !== outcome.digest)) {
    markdown += table(
      ['Platform', 'Digest'],
      platforms.map(([platform, digest]) => [platform, `\`${digest}\``]),
    );
  }
  if (plan.renamedTags.length) {
    markdown += table(
      ['Tag asked for', 'Tag used (registries accept A-Z a-z 0-9 _ . -)'],
      plan.renamedTags.map(([from, to]) => [from, to]),
    );
  }
  if (outcome.scans) markdown += renderScans(plan, outcome);
  if (outcome.commands.length) markdown += details('Builder commands', codeBlock(outcome.commands.join('\n\n'), 'sh'));
  return markdown;
}

/** What a promotion from another registry moved: bytes across accounts are the cost users watch. */
function renderTransfer(transfer: NonNullable<Outcome['transfer']>): string {
  const count = (how: BlobCopyHow) => transfer.blobs.filter((blob) => blob.how === how);
  const row = (label: string, blobs: { size: number }[]) => [label, blobs.length, formatBytes(blobBytes(blobs))];
  let markdown = heading(`Copied from \`${transfer.from}\``, 3);
  markdown += table(
    ['Blobs (layers and configs)', 'Count', 'Size'],
    [
      row('copied across', count('copied')),
      row('mounted from the same registry', count('mounted')),
      row('already here', count('present')),
    ],
  );
  if (transfer.manifests)
    markdown += `${transfer.manifests} platform manifest(s) put by digest, then the index tagged.\n\n`;
  return markdown;
}

function renderScans(plan: Plan, outcome: Outcome): string {
  const verdict = outcome.verdict!;
  const word = verdict.passed ? 'passed' : 'failed';
  let markdown = heading(`Scan gate ${word} (fail at ${plan.scanGate!.threshold} or above)`, 3);
  const shown = SEVERITIES.slice(0, 5);
  markdown += table(
    ['Platform', 'Scan', ...shown],
    outcome.scans!.map((scan) => [
      scan.platform,
      scan.description ? `${scan.status}: ${scan.description}` : scan.status,
      ...shown.map((s) => scan.counts[s] ?? 0),
    ]),
  );
  const findings = outcome.scans!.flatMap((scan) =>
    scan.findings.map((f) => [scan.platform, f.severity, f.uri ? `[${f.name}](${f.uri})` : f.name, f.packageName]),
  );
  if (findings.length)
    markdown += details(
      `Most severe findings (${findings.length})`,
      table(['Platform', 'Severity', 'Finding', 'Package'], findings),
    );
  return markdown;
}
