/** What a report may need beyond the scan and the dataset: the moment and identity of this export. */
export interface ReportOptions {
  /** When the report was made; defaults to now. Tests pass a fixed date for reproducible output. */
  generatedAt?: Date;
  /** CycloneDX serial number / SPDX document namespace, as `urn:uuid:<uuid>`; defaults to a random one. */
  serialNumber?: string;
}

export interface ResolvedReportOptions {
  generatedAt: Date;
  serialNumber: string;
}

export function resolveReportOptions(options: ReportOptions = {}): ResolvedReportOptions {
  return {
    generatedAt: options.generatedAt ?? new Date(),
    serialNumber: options.serialNumber ?? `urn:uuid:${randomUuid()}`,
  };
}

/** ISO 8601 in UTC to the second (SPDX requires this form; CycloneDX accepts it). */
export function isoSeconds(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** `crypto.randomUUID` exists in Node 19+ and in browsers; both are the core's runtimes. */
function randomUuid(): string {
  return globalThis.crypto.randomUUID();
}
