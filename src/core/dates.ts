import type { Cadence, IsoDate } from "./types";

/**
 * Calendar-date arithmetic on `yyyy-MM-dd` strings. It counts whole days on the proleptic
 * Gregorian calendar with integers and never goes through a local `Date`: local midnight does
 * not exist on some days in some zones (Pacific/Kiritimati skipped 1994-12-31 entirely, and
 * `new Date(1994, 11, 31)` there is 1995-01-01), so local arithmetic would give different
 * answers in different time zones. Years are 0000–9999, what `yyyy-MM-dd` can write.
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

/** Days since 1970-01-01 of a calendar day (Howard Hinnant's days_from_civil). */
function dayNumber({ year, month, day }: Civil): number {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

/** The calendar day of a day number (Howard Hinnant's civil_from_days). */
function civilOf(days: number): Civil {
	const z = days + 719468;
	const era = Math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const month = mp < 10 ? mp + 3 : mp - 9;
	return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
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

/** toLocalDate turns a valid `yyyy-MM-dd` into local midnight of that day (for display code). */
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
	if (![year, month, day].every(Number.isInteger)) return false;
	if (year < 0 || year > 9999 || month < 1 || month > 12) return false;
	return day >= 1 && day <= daysInMonth(year, month);
}

/** validIsoDate returns the text when it is a real `yyyy-MM-dd` day, else null. */
export function validIsoDate(text: string): IsoDate | null {
	const match = ISO_DATE.exec(text);
	if (!match) return null;
	return isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3])) ? text : null;
}

/** addDaysIso adds whole calendar days to a date. */
export function addDaysIso(date: IsoDate, days: number): IsoDate {
	if (!Number.isFinite(days)) return days > 0 ? MAX_ISO_DATE : "0000-01-01";
	return write(civilOf(dayNumber(parse(date)) + Math.trunc(days)));
}

/** addMonthsIso adds calendar months, keeping the day or the month's last day (Jan 31 + 1 = Feb 28). */
export function addMonthsIso(date: IsoDate, months: number): IsoDate {
	if (!Number.isFinite(months)) return months > 0 ? MAX_ISO_DATE : "0000-01-01";
	const { year, month, day } = parse(date);
	const index = year * 12 + (month - 1) + Math.trunc(months);
	const newYear = Math.floor(index / 12);
	const newMonth = index - newYear * 12 + 1;
	if (newYear > 9999) return MAX_ISO_DATE;
	if (newYear < 0) return "0000-01-01";
	return write({ year: newYear, month: newMonth, day: Math.min(day, daysInMonth(newYear, newMonth)) });
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
			return addDaysIso(date, cadence.count * 7);
		case "months":
			return addMonthsIso(date, cadence.count);
	}
}

/** daysBetween counts calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
	return dayNumber(parse(to)) - dayNumber(parse(from));
}

/** todayIso is the local calendar date of a clock reading: for the edges (plugin, CLI) only. */
export function todayIso(now: Date): IsoDate {
	return toIsoDate(now);
}
