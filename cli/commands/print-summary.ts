import type { OutputOf } from '../../shared/contract';
import type { CliContext } from '../cli-context';

type Rendered = OutputOf<'print:render'>;

/** One kind of warning: its summary line, and the names or facilities it concerns for --verbose. */
interface Kind {
  summary: string;
  items: string[];
}

/** Groups `values` by `key`, in the order each key first appears. */
function groupBy<T>(values: readonly T[], key: (value: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const value of values) groups.set(key(value), [...(groups.get(key(value)) ?? []), value]);
  return groups;
}

/**
 * What a print job leaves to know, one line per kind of warning (three hundred names would bury the one line that
 * matters); with --verbose, each line is followed by the full list.
 */
export function printSummary(
  ctx: CliContext,
  kind: 'labels' | 'envelopes',
  rendered: Rendered,
  verbose: boolean,
): void {
  const { t } = ctx;
  const kinds: Kind[] = [];
  for (const [reason, people] of groupBy(rendered.excluded, (e) => e.reason)) {
    kinds.push({ summary: t(`print.excluded.${reason}`, { count: people.length }), items: people.map((p) => p.name) });
  }
  for (const [warning, facilities] of groupBy(rendered.warnings, (w) => w.kind)) {
    kinds.push({
      summary: t(`print.warning.${warning}`, { count: facilities.length }),
      items: facilities.map((f) => f.facilityName),
    });
  }
  if (rendered.overflow.length > 0) {
    kinds.push({
      summary: t(`print.leftOut.${kind}`, { count: rendered.overflow.length }),
      items: rendered.overflow.map((p) => p.name),
    });
  }
  if (rendered.unsupported.length > 0) {
    kinds.push({
      summary: t('print.unsupported.summary', { count: rendered.unsupported.length }),
      items: rendered.unsupported.map((p) => t('print.unsupported.item', { name: p.name, chars: p.chars.join(' ') })),
    });
  }
  for (const { summary, items } of kinds) {
    ctx.err(`${summary}${verbose ? '' : t('print.verboseHint')}\n`);
    if (verbose) for (const item of items) ctx.err(`${t('print.listItem', { item })}\n`);
  }
  if (rendered.overflow.length > 0) ctx.err(`${t('print.leftOut.advice')}\n`);
  if (rendered.senderOverflow) ctx.err(`${t('print.senderLeftOut')}\n`);
}
