/**
 * Attaches data-src/aliases/<name>.json (written by the API data engineer) to the models they name: each
 * alias goes onto its model with the alias file's source, whose id is kept unique within the model.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ALIAS_ECOSYSTEMS, sourceSchema, type Model } from '../../src/core/dataset/schema';

export const aliasFileSchema = z
  .object({
    sources: z.array(sourceSchema).min(1),
    aliases: z.array(
      z.object({ model: z.string(), id: z.string().min(2), ecosystem: z.enum(ALIAS_ECOSYSTEMS), source: z.string() }).strict(),
    ),
  })
  .strict();

export interface AliasReport {
  attached: number;
  unattached: { file: string; model: string; alias: string }[];
  warnings: string[];
}

export function attachAliases(models: Model[], dir: string): AliasReport {
  const report: AliasReport = { attached: 0, unattached: [], warnings: [] };
  if (!existsSync(dir)) return report;
  const byId = new Map(models.map((model) => [model.id.toLowerCase(), model]));
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const parsed = aliasFileSchema.safeParse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
    if (!parsed.success) {
      report.warnings.push(`data-src/aliases/${name}: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      continue;
    }
    const sources = new Map(parsed.data.sources.map((source) => [source.id, source]));
    for (const alias of parsed.data.aliases) {
      const model = byId.get(alias.model.toLowerCase());
      const source = sources.get(alias.source);
      if (!model) {
        report.unattached.push({ file: name, model: alias.model, alias: alias.id });
        continue;
      }
      if (!source) {
        report.warnings.push(`data-src/aliases/${name}: alias ${alias.id} names unknown source ${alias.source}`);
        continue;
      }
      const sourceId = adoptSource(model, source, name.replace(/\.json$/, ''));
      const duplicate = model.aliases.some((a) => a.ecosystem === alias.ecosystem && a.id.toLowerCase() === alias.id.toLowerCase());
      if (!duplicate) model.aliases.push({ id: alias.id, ecosystem: alias.ecosystem, source: sourceId });
      report.attached++;
    }
  }
  return report;
}

/** Adds the source to the model under its own id, or under "<file>-<id>" when the model uses that id otherwise. */
function adoptSource(model: Model, source: z.infer<typeof sourceSchema>, file: string): string {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const candidate of [source.id, `${file}-${source.id}`.slice(0, 40)]) {
    const existing = model.sources.find((s) => s.id === candidate);
    if (!existing) {
      model.sources.push({ ...source, id: candidate });
      return candidate;
    }
    if (same({ ...existing, id: source.id }, source)) return candidate;
  }
  throw new Error(`${model.id}: cannot give the alias source ${source.id} a unique id`);
}
