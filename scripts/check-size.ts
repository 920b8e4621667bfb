/** The size budget CI enforces on the built app: `npm run build && npm run size`. */
import { measureBundle } from './bundle-size.ts';

const BUDGET = { firstScreenJsGzip: 90 * 1024 };

const size = await measureBundle();
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `first-screen JavaScript: ${kb(size.firstScreenJsGzip)} gzipped (budget ${kb(BUDGET.firstScreenJsGzip)})`,
);
for (const chunk of size.chunks)
  console.log(`  ${chunk.name.padEnd(40)} ${kb(chunk.gzip).padStart(9)}`);
if (size.firstScreenJsGzip > BUDGET.firstScreenJsGzip) {
  console.error(`Over budget by ${kb(size.firstScreenJsGzip - BUDGET.firstScreenJsGzip)}.`);
  process.exitCode = 1;
}
