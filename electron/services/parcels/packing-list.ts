import { resources } from '../../../shared/i18n';
import { formatMoney } from '../../../shared/parcels/money-text';
import type { Money, ParcelDetail } from '../../../shared/parcels/parcels.schemas';
import type { Language } from '../../../shared/settings/settings.schemas';
import { renderTable } from '../printing/print-engine';

/** A calendar date as a reader says it, read as UTC so no time zone moves it a day. */
const longDate = (isoDate: string, language: Language) =>
  new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );

/** Declared values summed per currency: amounts in two currencies are never added together. */
function totals(parcel: ParcelDetail): Money[] {
  const sums = new Map<string, number>();
  for (const item of parcel.items) {
    if (item.value)
      sums.set(item.value.currency, (sums.get(item.value.currency) ?? 0) + item.value.minor * item.quantity);
  }
  return [...sums].map(([currency, minor]) => ({ currency, minor }));
}

/**
 * A parcel's packing list, in the app's language: to whom (the address it went to), when, its weight and tracking,
 * then one row per item with its quantity and declared value, and the total per currency. Kept in memory only.
 */
export async function renderPackingList(
  parcel: ParcelDetail,
  language: Language,
): Promise<{ pdf: Uint8Array; pages: number; baseName: string }> {
  const translation = resources[language].translation;
  const words = translation.parcels.packing;
  const fill = (text: string, values: Record<string, string>) =>
    text.replace(/\{\{(\w+)\}\}/gu, (_, key: string) => values[key] ?? '');
  const facts = [
    words.to,
    ...(parcel.addressBlock ?? [parcel.prisonerName]),
    '',
    fill(words.prepared, { date: longDate(parcel.preparedOn, language) }),
    ...(parcel.weightGrams === null ? [] : [fill(words.weight, { weight: String(parcel.weightGrams) })]),
    ...(parcel.trackingNumber === null
      ? []
      : [fill(words.tracking, { carrier: parcel.carrier ?? '', tracking: parcel.trackingNumber }).replace('  ', ' ')]),
  ];
  const rows = parcel.items.map((item, i) => ({
    number: String(i + 1),
    category: translation.parcelContent[item.category],
    description: item.description,
    quantity: String(item.quantity),
    value: item.value ? formatMoney(item.value, language) : '',
  }));
  const sums = totals(parcel);
  if (sums.length > 0)
    rows.push({
      number: '',
      category: '',
      description: words.total,
      quantity: '',
      value: sums.map((sum) => formatMoney(sum, language)).join(' + '),
    });
  const labels = words.columns;
  const pdf = await renderTable({
    title: words.title,
    subtitle: facts.join('\n'),
    columns: [
      { key: 'number', label: labels.number, widthWeight: 0.5 },
      { key: 'category', label: labels.category, widthWeight: 1.2 },
      { key: 'description', label: labels.description, widthWeight: 3 },
      { key: 'quantity', label: labels.quantity, widthWeight: 0.8 },
      { key: 'value', label: labels.value, widthWeight: 1.2 },
    ],
    rows,
  });
  const pages = (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page\b/gu) ?? []
  ).length;
  return { pdf, pages, baseName: `${words.fileName}-${parcel.id}` };
}
