/**
 * Dates and times typed into one text field. Native date and time inputs cost a Tab stop per
 * segment (day, month, year, hours, minutes, AM/PM), so each entry is one field that reads the
 * unambiguous year-month-day order in every locale, and hands the form the same canonical values
 * the native inputs gave ('2026-12-15T14:00', '2026-12-15', '14:00').
 */
export type TypedKind = 'date-time' | 'date' | 'time';

const DATE = String.raw`(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})`;
// 14:00, 14.00, 14h00, 2:00 pm, 2:00 p.m.
const TIME = String.raw`(\d{1,2})\s*[:.hH]\s*(\d{2})\s*(?:([aApP])\.?\s*[mM]\.?)?`;
const PATTERNS: Record<TypedKind, RegExp> = {
  'date-time': new RegExp(String.raw`^\s*${DATE}(?:\s*[T,]\s*|\s+)${TIME}\s*$`),
  date: new RegExp(String.raw`^\s*${DATE}\s*$`),
  time: new RegExp(String.raw`^\s*${TIME}\s*$`),
};

const two = (value: number) => String(value).padStart(2, '0');

function calendarDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2026-02-30 over to March: a day that does not exist is refused, not moved.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}`;
}

function clockTime(hours: number, minutes: number, meridiem: string | undefined): string | undefined {
  if (minutes > 59) return undefined;
  if (meridiem === undefined) return hours > 23 ? undefined : `${two(hours)}:${two(minutes)}`;
  if (hours < 1 || hours > 12) return undefined;
  const pm = meridiem.toLowerCase() === 'p';
  return `${two((hours % 12) + (pm ? 12 : 0))}:${two(minutes)}`;
}

/** The canonical value of what was typed, or undefined when it cannot be read as `kind`. */
export function parseTyped(text: string, kind: TypedKind): string | undefined {
  const match = PATTERNS[kind].exec(text);
  if (!match) return undefined;
  const numbers = match.slice(1).map((part) => (part === undefined || !/^\d+$/.test(part) ? Number.NaN : Number(part)));
  if (kind === 'time') return clockTime(numbers[0] ?? Number.NaN, numbers[1] ?? Number.NaN, match[3]);
  const day = calendarDay(numbers[0] ?? Number.NaN, numbers[1] ?? Number.NaN, numbers[2] ?? Number.NaN);
  if (kind === 'date' || day === undefined) return day;
  const time = clockTime(numbers[3] ?? Number.NaN, numbers[4] ?? Number.NaN, match[6]);
  return time === undefined ? undefined : `${day}T${time}`;
}

/** How a canonical value shows in the field: '2026-12-15 14:00'. Anything else shows as it is. */
export function typedText(value: string, kind: TypedKind): string {
  return kind === 'date-time' ? value.replace(/^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/, '$1 $2') : value;
}

/** The example each field's hint gives, in the same form the field shows. */
export const TYPED_EXAMPLES: Record<TypedKind, string> = { 'date-time': '2026-12-15 14:00', date: '2026-12-15', time: '14:00' };
