// `npm run bench`: one run against the local server, a readable report, targets shown but never
// enforced (speed is measured here, not asserted in tests). Add a section by writing a
// BenchSection and listing it below (catalog and chat sections are expected to follow).
import { ensureBuilt, type BenchSection, type Target } from './bench-kit.js';
import { catalogView } from './catalog-view.js';
import { chatStream } from './chat-stream.js';
import { cliStartup } from './cli-startup.js';
import { keysList } from './keys-list.js';

const SECTIONS: BenchSection[] = [cliStartup, keysList, catalogView, chatStream];

const verdict = (target: Target): string =>
  `${target.value <= target.limit ? 'met    ' : 'MISSED '} ${target.label}: ${target.value.toFixed(target.unit === '×' ? 2 : 0)}${target.unit === '×' ? '×' : ` ${target.unit}`} (target ≤ ${target.limit}${target.unit === '×' ? '×' : ` ${target.unit}`})`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const only = args.filter((arg) => !arg.startsWith('--'));
  await ensureBuilt(args.includes('--build'));
  console.log(`hubmix benchmarks · Node ${process.version} · ${new Date().toISOString()}\n`);
  const targets: Target[] = [];
  for (const section of SECTIONS) {
    if (only.length > 0 && !only.includes(section.name)) continue;
    try {
      const report = await section.run();
      console.log(`## ${report.title}`);
      for (const line of report.lines) console.log(`  ${line}`);
      console.log('');
      targets.push(...report.targets);
    } catch (error) {
      console.log(
        `## ${section.name}: failed (${error instanceof Error ? error.message : String(error)})\n`,
      );
    }
  }
  console.log('## Targets');
  for (const target of targets) console.log(`  ${verdict(target)}`);
}

await main();
