/**
 * The ten slowest unit and browser tests of the last run, from the JSON reports CI asks for
 * (`test-times/`): a slow test is a bug to look at, so each CI log lists them.
 *   npx tsx scripts/slowest-tests.ts [count]
 */
import { readFile } from 'node:fs/promises';

interface Timed {
  readonly name: string;
  readonly ms: number;
}

interface VitestReport {
  readonly testResults: readonly {
    readonly name: string;
    readonly assertionResults: readonly { readonly fullName: string; readonly duration?: number }[];
  }[];
}

interface PlaywrightSuite {
  readonly title: string;
  readonly suites?: readonly PlaywrightSuite[];
  readonly specs?: readonly {
    readonly title: string;
    readonly tests: readonly {
      readonly projectName: string;
      readonly results: readonly { readonly duration: number }[];
    }[];
  }[];
}

const fileName = (path: string) => path.split('/').pop() ?? path;

function unitTimes(report: VitestReport): Timed[] {
  return report.testResults.flatMap((file) =>
    file.assertionResults.map((test) => ({
      name: `${fileName(file.name)} › ${test.fullName}`,
      ms: test.duration ?? 0,
    })),
  );
}

function browserTimes(suite: PlaywrightSuite, file = suite.title): Timed[] {
  return [
    ...(suite.specs ?? []).flatMap((spec) =>
      spec.tests.flatMap((test) =>
        test.results.map((result) => ({
          name: `${fileName(file)} › ${spec.title} [${test.projectName}]`,
          ms: result.duration,
        })),
      ),
    ),
    ...(suite.suites ?? []).flatMap((inner) => browserTimes(inner, file)),
  ];
}

async function readJson<T>(path: string): Promise<T | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch {
    return null; // that stage did not run, or wrote no report
  }
}

function print(title: string, times: Timed[], count: number): void {
  const total = times.reduce((sum, t) => sum + t.ms, 0);
  console.log(`${title}: ${times.length} tests, ${(total / 1000).toFixed(0)} s of test time`);
  for (const t of [...times].sort((a, b) => b.ms - a.ms).slice(0, count))
    console.log(`  ${(t.ms / 1000).toFixed(1).padStart(6)} s  ${t.name}`);
}

const count = Number(process.argv[2] ?? 10);
const unit = await readJson<VitestReport>('test-times/unit.json');
const browser = await readJson<{ suites: PlaywrightSuite[] }>('test-times/browser.json');
if (unit) print('Slowest unit and component tests', unitTimes(unit), count);
if (browser)
  print(
    'Slowest browser tests',
    browser.suites.flatMap((suite) => browserTimes(suite)),
    count,
  );
