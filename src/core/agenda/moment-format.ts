import {
	getDayOfYear,
	getISODay,
	getISOWeek,
	getISOWeekYear,
	getWeek,
	getWeekYear,
} from "date-fns";
import { MONTH_NAMES } from "../values";

/**
 * A small, pure formatter for moment's format tokens (English names), so that
 * `{{date:YYYY-MM-DD}}`, `{{date:dddd}}` and friends mean the same in the plugin and the CLI as
 * in Obsidian's core Templates. moment itself cannot be a dependency (the linter bans it) and
 * date-fns' `format` uses other tokens (it throws on `YYYY`). Locale weeks (`w`, `gggg`) follow
 * moment's English locale: weeks start on Sunday and week 1 holds January 1st.
 */

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** moment's English long date formats, expanded before the other tokens. */
const LONG_FORMATS: Readonly<Record<string, string>> = {
	LT: "h:mm A",
	LTS: "h:mm:ss A",
	L: "MM/DD/YYYY",
	LL: "MMMM D, YYYY",
	LLL: "MMMM D, YYYY h:mm A",
	LLLL: "dddd, MMMM D, YYYY h:mm A",
	l: "M/D/YYYY",
	ll: "MMM D, YYYY",
	lll: "MMM D, YYYY h:mm A",
	llll: "ddd, MMM D, YYYY h:mm A",
};

const LONG_FORMAT_TOKENS = /(\[[^[]*\])|(\\)?(LTS|LT|LL?L?L?|l{1,4})/g;

/** moment's own token pattern: escaped text in brackets, a backslash-escaped character, a token, or any other character. */
const TOKENS =
	/(\[[^[]*\])|(\\)?([Hh]mm(ss)?|Mo|MM?M?M?|Do|DDDo|DD?D?D?|ddd?d?|do?|w[o|w]?|W[o|W]?|Qo?|N{1,5}|YYYYYY|YYYYY|YYYY|YY|y{2,4}|yo?|gg(ggg?)?|GG(GGG?)?|e|E|a|A|hh?|HH?|kk?|mm?|ss?|S{1,9}|x|X|zz?|ZZ?|.)/g;

function pad(value: number, width: number): string {
	const sign = value < 0 ? "-" : "";
	return sign + String(Math.abs(value)).padStart(width, "0");
}

/** ordinal writes an English ordinal as moment does: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
export function ordinal(n: number): string {
	const tens = Math.floor(Math.abs(n) / 10) % 10;
	const last = Math.abs(n) % 10;
	const suffix = tens === 1 ? "th" : last === 1 ? "st" : last === 2 ? "nd" : last === 3 ? "rd" : "th";
	return `${n}${suffix}`;
}

function offset(date: Date, separator: string): string {
	const minutes = -date.getTimezoneOffset();
	const sign = minutes < 0 ? "-" : "+";
	const abs = Math.abs(minutes);
	return `${sign}${pad(Math.floor(abs / 60), 2)}${separator}${pad(abs % 60, 2)}`;
}

function fullYear(year: number): string {
	return year <= 9999 ? String(year) : `+${year}`;
}

function signedYear(year: number, width: number): string {
	return (year < 0 ? "-" : "+") + String(Math.abs(year)).padStart(width, "0");
}

/** A part of a local date-time as a number: the month (1–12), the ISO week, the hour… */
type DatePart = (date: Date) => number;
/** What a token writes for a date. */
type Writer = (date: Date) => string;

const year: DatePart = (date) => date.getFullYear();
const month: DatePart = (date) => date.getMonth() + 1;
const quarter: DatePart = (date) => Math.floor(date.getMonth() / 3) + 1;
const day: DatePart = (date) => date.getDate();
const weekday: DatePart = (date) => date.getDay();
const hours: DatePart = (date) => date.getHours();
/** The hour on a 12-hour clock (12, 1 … 11) and on moment's 1–24 clock. */
const hours12: DatePart = (date) => date.getHours() % 12 || 12;
const hours24: DatePart = (date) => date.getHours() || 24;
const minutes: DatePart = (date) => date.getMinutes();
const seconds: DatePart = (date) => date.getSeconds();
const lastTwo = (part: DatePart): DatePart => (date) => part(date) % 100;

/** The three ways moment writes a number: as it is (`M`: 1), as an ordinal (`Mo`: 1st), padded with zeros (`MM`: 01). */
const plain = (part: DatePart): Writer => (date) => String(part(date));
const nth = (part: DatePart): Writer => (date) => ordinal(part(date));
const padded = (part: DatePart, width: number): Writer => (date) => pad(part(date), width);
const text = (value: string): Writer => () => value;

const monthName: Writer = (date) => MONTH_NAMES[date.getMonth()] ?? "";
const weekdayName: Writer = (date) => WEEKDAYS[date.getDay()] ?? "";
/** A time run together without separators (`Hmm`: 1307, `hmmss`: 10709): the hour as it is, then minutes and seconds padded. */
const clock = (hour: DatePart, withSeconds: boolean): Writer => (date) => `${hour(date)}${pad(date.getMinutes(), 2)}${withSeconds ? pad(date.getSeconds(), 2) : ""}`;

/**
 * What each of moment's tokens writes, in families (M, Mo, MM, MMM, MMMM: the month), except the
 * fractions of a second. Made at the first call: only the CLI formats dates so (the plugin has
 * Obsidian's moment), and a table made as the module loads would stay in main.js, unused.
 */
let writers: Map<string, Writer> | null = null;
function writersTable(): Map<string, Writer> {
	writers ??= new Map<string, Writer>(Object.entries({
		M: plain(month), Mo: nth(month), MM: padded(month, 2), MMM: (date: Date) => monthName(date).slice(0, 3), MMMM: monthName,
		Q: plain(quarter), Qo: nth(quarter),
		D: plain(day), Do: nth(day), DD: padded(day, 2),
		DDD: plain(getDayOfYear), DDDo: nth(getDayOfYear), DDDD: padded(getDayOfYear, 3),
		d: plain(weekday), e: plain(weekday), do: nth(weekday), E: plain(getISODay),
		dd: (date: Date) => weekdayName(date).slice(0, 2), ddd: (date: Date) => weekdayName(date).slice(0, 3), dddd: weekdayName,
		w: plain(getWeek), wo: nth(getWeek), ww: padded(getWeek, 2),
		W: plain(getISOWeek), Wo: nth(getISOWeek), WW: padded(getISOWeek, 2),
		Y: (date: Date) => fullYear(year(date)), YY: padded(lastTwo(year), 2),
		YYYY: (date: Date) => (year(date) <= 9999 ? pad(year(date), 4) : `+${year(date)}`),
		YYYYY: (date: Date) => signedYear(year(date), 5).replace(/^\+/, ""), YYYYYY: (date: Date) => signedYear(year(date), 6),
		y: plain(year), yy: plain(year), yyy: plain(year), yyyy: plain(year), yo: nth(year),
		gg: padded(lastTwo(getWeekYear), 2), gggg: padded(getWeekYear, 4), ggggg: padded(getWeekYear, 5),
		GG: padded(lastTwo(getISOWeekYear), 2), GGGG: padded(getISOWeekYear, 4), GGGGG: padded(getISOWeekYear, 5),
		N: text("AD"), NN: text("AD"), NNN: text("AD"), NNNN: text("Anno Domini"), NNNNN: text("AD"),
		a: (date: Date) => (hours(date) < 12 ? "am" : "pm"), A: (date: Date) => (hours(date) < 12 ? "AM" : "PM"),
		H: plain(hours), HH: padded(hours, 2), h: plain(hours12), hh: padded(hours12, 2), k: plain(hours24), kk: padded(hours24, 2),
		m: plain(minutes), mm: padded(minutes, 2), s: plain(seconds), ss: padded(seconds, 2),
		Hmm: clock(hours, false), Hmmss: clock(hours, true), hmm: clock(hours12, false), hmmss: clock(hours12, true),
		X: plain((date) => Math.floor(date.getTime() / 1000)), x: plain((date) => date.getTime()),
		Z: (date: Date) => offset(date, ":"), ZZ: (date: Date) => offset(date, ""),
		// moment without moment-timezone writes no zone name.
		z: text(""), zz: text(""),
	}));
	return writers;
}

/** formatToken formats one moment token, or returns null when the text is not a token. */
function formatToken(token: string, date: Date): string | null {
	const write = writersTable().get(token);
	if (write !== undefined) return write(date);
	if (/^S{1,9}$/.test(token)) {
		return pad(date.getMilliseconds(), 3).padEnd(9, "0").slice(0, token.length);
	}
	return null;
}

/**
 * formatMoment writes a local date-time with moment's format tokens (`YYYY-MM-DD`, `dddd`,
 * `MMMM Do`, `HH:mm`, `[week] W`, `LL`…), in English, as `moment(date).format(pattern)` would.
 */
export function formatMoment(date: Date, pattern: string): string {
	const expanded = pattern.replace(LONG_FORMAT_TOKENS, (match: string, bracket?: string, escape?: string, long?: string) => {
		if (bracket !== undefined || escape !== undefined || long === undefined) return match;
		return LONG_FORMATS[long] ?? match;
	});
	return expanded.replace(TOKENS, (match: string, bracket?: string, escape?: string, token?: string) => {
		if (bracket !== undefined) return bracket.slice(1, -1);
		if (escape !== undefined) return token ?? "";
		if (token === undefined) return match;
		return formatToken(token, date) ?? token;
	});
}
