/** The one line a notification shows for a problem: the summary, then the first line of the reason, never a stack. */
const MAX_REASON_CHARS = 200;

export function problemLine(summary: string, details?: unknown): string {
  const reason = reasonOf(details);
  return `AI License Lens: ${summary}${reason ? `: ${reason}` : ''}`;
}

function reasonOf(details: unknown): string {
  const text = details instanceof Error ? details.message : typeof details === 'string' ? details : '';
  const first = text.split(/\r?\n/, 1)[0]!.replace(/\s+/g, ' ').trim();
  return first.length > MAX_REASON_CHARS ? `${first.slice(0, MAX_REASON_CHARS - 1)}…` : first;
}

/** What the output channel keeps: the summary and the full details (an error's stack). */
export function problemDetails(summary: string, details?: unknown): string {
  if (details instanceof Error) return `${summary}\n${details.stack ?? details.message}`;
  return details === undefined || details === '' ? summary : `${summary}: ${String(details)}`;
}
