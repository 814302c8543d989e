import { UTCDateMini } from "@date-fns/utc/date/mini";
import { addDays, addMonths, addWeeks } from "date-fns";
import type { Cadence, IsoDate } from "./types";

/**
 * Calendar-date arithmetic on `yyyy-MM-dd` strings, with date-fns on `UTCDateMini`s (midnight UTC)
 * rather than local dates: local midnight does not exist on some days in some zones
 * (Pacific/Kiritimati skipped 1994-12-31 entirely, and `new Date(1994, 11, 31)` there is
 * 1995-01-01), so local arithmetic would give different answers in different time zones.
 * Years are 0000–9999, what `yyyy-MM-dd` can write.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The last day a `yyyy-MM-dd` date can name. */
export const MAX_ISO_DATE: IsoDate = "9999-12-31";

interface Civil {
	year: number;
	month: number;
	day: number;
}

function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** daysInMonth is the length of a month (1–12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
	if (month === 2) return isLeapYear(year) ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function parse(date: IsoDate): Civil {
	const match = ISO_DATE.exec(date);
	const civil = match && { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
	if (!civil || !isCalendarDate(civil.year, civil.month, civil.day)) {
		throw new RangeError(`not a yyyy-MM-dd date: ${date}`);
	}
	return civil;
}

/** write writes a calendar day as `yyyy-MM-dd`, held within 0000-01-01 … 9999-12-31. */
function write({ year, month, day }: Civil): IsoDate {
	if (year > 9999) return MAX_ISO_DATE;
	if (year < 0) return "0000-01-01";
	const pad = (n: number, width: number): string => String(n).padStart(width, "0");
	return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * toLocalDate turns a valid `yyyy-MM-dd` into local midnight of that day. Where a zone skipped
 * the day (Pacific/Kiritimati, 1994-12-31) that is the next day: to write a date in words,
 * format `utcDay(date)` instead.
 */
export function toLocalDate(date: IsoDate): Date {
	const { year, month, day } = parse(date);
	const local = new Date(2000, month - 1, day);
	// new Date(50, 0, 1) is 1950: set the year separately so years 0–99 stay themselves.
	local.setFullYear(year, month - 1, day);
	return local;
}

/**
 * toIsoDate writes a `Date`'s local calendar day as `yyyy-MM-dd`. Written by hand rather than
 * with date-fns' `format`, which pulls about 17 KB (its token parser and the en-US locale) into main.js.
 */
export function toIsoDate(date: Date): IsoDate {
	if (Number.isNaN(date.getTime())) throw new RangeError("Invalid time value");
	return write({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() });
}

/** isCalendarDate says whether year, month and day name a real day of 0000–9999 (no 2026-02-30). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
	if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
	if (year < 0 || year > 9999 || month < 1 || month > 12) return false;
	return day >= 1 && day <= daysInMonth(year, month);
}

/** validIsoDate returns the text when it is a real `yyyy-MM-dd` day, else null. */
export function validIsoDate(text: string): IsoDate | null {
	const match = ISO_DATE.exec(text);
	if (!match) return null;
	return isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3])) ? text : null;
}

/**
 * utcDay is midnight UTC of a valid `yyyy-MM-dd` day, for date-fns: its fields (`getDay`,
 * `getDate`…) are the calendar date's in every time zone, so display code formats it with
 * date-fns' `format` rather than formatting local midnight.
 */
export function utcDay(date: IsoDate): Date {
	const { year, month, day } = parse(date);
	const utc = new UTCDateMini(2000, month - 1, day);
	// new UTCDateMini(50, 0, 1) is 1950: set the year separately so years 0–99 stay themselves.
	utc.setUTCFullYear(year, month - 1, day);
	return utc;
}

/** writeUtc writes the UTC calendar day of a date-fns result, held within 0000–9999. */
function writeUtc(date: Date): IsoDate {
	if (Number.isNaN(date.getTime())) return MAX_ISO_DATE;
	return write({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
}

/** A count too large for any `yyyy-MM-dd` result: answered by the clamp without date-fns. */
function beyondRange(count: number): IsoDate | null {
	if (!Number.isFinite(count) || Math.abs(count) > 4_000_000) return count > 0 ? MAX_ISO_DATE : "0000-01-01";
	return null;
}

/** addDaysIso adds whole calendar days to a date. */
export function addDaysIso(date: IsoDate, days: number): IsoDate {
	return beyondRange(days) ?? writeUtc(addDays(utcDay(date), Math.trunc(days)));
}

/** addMonthsIso adds calendar months, keeping the day or the month's last day (Jan 31 + 1 = Feb 28). */
export function addMonthsIso(date: IsoDate, months: number): IsoDate {
	return beyondRange(months * 31) ?? writeUtc(addMonths(utcDay(date), Math.trunc(months)));
}

/**
 * addCadence moves a date on by a cadence; months are calendar months (Jan 31 + 1m = Feb 28).
 * A result past 9999-12-31 is held there, since `yyyy-MM-dd` cannot write it.
 */
export function addCadence(date: IsoDate, cadence: Cadence): IsoDate {
	switch (cadence.unit) {
		case "days":
			return addDaysIso(date, cadence.count);
		case "weeks":
			return beyondRange(cadence.count * 7) ?? writeUtc(addWeeks(utcDay(date), Math.trunc(cadence.count)));
		case "months":
			return addMonthsIso(date, cadence.count);
	}
}

/**
 * dayNumber counts the days from 1970-01-01 to a calendar day of the proleptic Gregorian
 * calendar, by arithmetic (Howard Hinnant's days_from_civil): no Date is made, so the count
 * is the same in every time zone, and a report of 200,000 rows needs no 400,000 date objects.
 */
function dayNumber({ year, month, day }: Civil): number {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yearOfEra = y - era * 400;
	const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
	const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
	return era * 146097 + dayOfEra - 719468;
}

/** daysBetween counts calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
	return dayNumber(parse(to)) - dayNumber(parse(from));
}

/** todayIso is the local calendar date of a clock reading: for the edges (plugin, CLI) only. */
export function todayIso(now: Date): IsoDate {
	return toIsoDate(now);
}

/** The days of the week as daily notes name them after their date (`2026-11-20-Friday`, `2026-11-20 Fri`), folded. */
const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/** isWeekday says whether a word names a day of the week, whole or cut short (`Friday`, `Fri`, `Thurs`). */
function isWeekday(word: string): boolean {
	return word.length >= 3 && WEEKDAYS.some((day) => day.startsWith(word));
}

/** weekdayNoteDate is the date of a daily note named `YYYY-MM-DD-dddd` (as Templater's `YYYY-MM-DD-dddd` names them), or null. */
export function weekdayNoteDate(name: string): IsoDate | null {
	const date = validIsoDate(name.slice(0, 10));
	const rest = name.slice(10);
	let i = 0;
	while (i < rest.length && (rest[i] === "-" || rest[i] === "_" || rest[i] === " " || rest[i] === ",")) i++;
	return date !== null && i > 0 && isWeekday(rest.slice(i).toLowerCase()) ? date : null;
}
