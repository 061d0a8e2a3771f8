/**
 * Dutch public holidays that are not working days for a municipal office: the days the
 * Algemene termijnenwet names (art. 3) plus Bevrijdingsdag in lustrum years, as the CAO Gemeenten
 * gives it off. Goede Vrijdag is a working day for most municipalities and is not on the list.
 */
import { civilDate, dayNumber, isoOf, isoWeekday, parseIso } from './calendar';

export interface PublicHoliday {
  /** ISO date. */
  date: string;
  /** Dutch name as a calendar prints it. */
  name: string;
}

/** Easter Sunday (Gregorian, anonymous algorithm of Meeus/Jones/Butcher): `easterSunday(2025)` → day of 20 April 2025. */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(year, month, day);
}

/** Koningsdag 27 April (26 April when the 27th is a Sunday); before 2014 Koninginnedag 30 April (29th when a Sunday). */
function kingsDay(year: number): PublicHoliday {
  const [date, name] =
    year >= 2014 ? [dayNumber(year, 4, 27), 'Koningsdag'] : [dayNumber(year, 4, 30), 'Koninginnedag'];
  return { date: isoOf(isoWeekday(date) === 7 ? date - 1 : date), name };
}

/**
 * The holidays of one year, in date order: `dutchPublicHolidays(2025)` starts with Nieuwjaarsdag
 * and has Bevrijdingsdag (2025 is a lustrum year); 2026 does not.
 */
export function dutchPublicHolidays(year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  const days: PublicHoliday[] = [
    { date: isoOf(dayNumber(year, 1, 1)), name: 'Nieuwjaarsdag' },
    { date: isoOf(easter), name: 'Eerste Paasdag' },
    { date: isoOf(easter + 1), name: 'Tweede Paasdag' },
    kingsDay(year),
    { date: isoOf(easter + 39), name: 'Hemelvaartsdag' },
    { date: isoOf(easter + 49), name: 'Eerste Pinksterdag' },
    { date: isoOf(easter + 50), name: 'Tweede Pinksterdag' },
    { date: isoOf(dayNumber(year, 12, 25)), name: 'Eerste Kerstdag' },
    { date: isoOf(dayNumber(year, 12, 26)), name: 'Tweede Kerstdag' },
  ];
  // Bevrijdingsdag is a national holiday every year, but a day off only once every five years.
  if (year % 5 === 0) days.push({ date: isoOf(dayNumber(year, 5, 5)), name: 'Bevrijdingsdag' });
  return days.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

const holidayCache = new Map<number, Set<number>>();

/** Whether a day number is one of the holidays above. */
export function isPublicHoliday(day: number): boolean {
  const [year] = civilDate(day);
  let days = holidayCache.get(year);
  if (!days) {
    days = new Set(dutchPublicHolidays(year).map((h) => parseIso(h.date) as number));
    if (holidayCache.size > 400) holidayCache.clear();
    holidayCache.set(year, days);
  }
  return days.has(day);
}
