/** `npm run data:check`: runs the dataset checks on the committed files, prints counts, fails on any error. */
import { checkShippedIndex } from './check-shipped';
import { runChecks } from './checks';
import { staleModelFiles } from './stale';

const result = runChecks();
const shipped = checkShippedIndex();
result.errors.push(...shipped.errors);
result.warnings.push(...shipped.warnings);
const stale = staleModelFiles();
if (stale === null) result.warnings.push('reference folder not found: skipped the check that data/models is up to date');
// A warning, not an error: the API engineer's inputs change independently of data/models, and a stale file
// is still a valid one. data:build is the fix.
else if (stale.length > 0) result.warnings.push(`data/models is stale (${stale.join(', ')}): run npm run data:build`);
for (const warning of result.warnings) console.warn(`warning: ${warning}`);
for (const error of result.errors.slice(0, 200)) console.error(`error: ${error}`);
if (result.errors.length > 200) console.error(`... and ${result.errors.length - 200} more errors`);
const c = result.counts;
console.log(
  `data:check: ${c.models} models, ${c.aliases} aliases, ${c.licenses} licenses, ${c.publishers} publishers, ${c.sourcedFacts} sourced facts`,
);
console.log(`openness: ${Object.entries(c.byOpenness).map(([k, v]) => `${k} ${v}`).join(', ')}`);
if (result.errors.length > 0) {
  console.error(`data:check: ${result.errors.length} errors`);
  process.exit(1);
}
