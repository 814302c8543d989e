import {
	getDayOfYear,
	getISODay,
	getISOWeek,
	getISOWeekYear,
	getWeek,
	getWeekYear,
} from "date-fns";

/**
 * A small, pure formatter for moment's format tokens (English names), so that
 * `{{date:YYYY-MM-DD}}`, `{{date:dddd}}` and friends mean the same in the plugin and the CLI as
 * in Obsidian's core Templates. moment itself cannot be a dependency (the linter bans it) and
 * date-fns' `format` uses other tokens (it throws on `YYYY`). Locale weeks (`w`, `gggg`) follow
 * moment's English locale: weeks start on Sunday and week 1 holds January 1st.
 */

const MONTHS = [
	"January",
	"February",
	"March",
	"April",
	"May",
	"June",
	"July",
	"August",
	"September",
	"October",
	"November",
	"December",
];
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

/** formatToken formats one moment token, or returns null when the text is not a token. */
function formatToken(token: string, date: Date): string | null {
	const year = date.getFullYear();
	const month = date.getMonth();
	const day = date.getDate();
	const weekday = date.getDay();
	const hours = date.getHours();
	switch (token) {
		case "M":
			return String(month + 1);
		case "Mo":
			return ordinal(month + 1);
		case "MM":
			return pad(month + 1, 2);
		case "MMM":
			return (MONTHS[month] ?? "").slice(0, 3);
		case "MMMM":
			return MONTHS[month] ?? "";
		case "Q":
			return String(Math.floor(month / 3) + 1);
		case "Qo":
			return ordinal(Math.floor(month / 3) + 1);
		case "D":
			return String(day);
		case "Do":
			return ordinal(day);
		case "DD":
			return pad(day, 2);
		case "DDD":
			return String(getDayOfYear(date));
		case "DDDo":
			return ordinal(getDayOfYear(date));
		case "DDDD":
			return pad(getDayOfYear(date), 3);
		case "d":
		case "e":
			return String(weekday);
		case "do":
			return ordinal(weekday);
		case "dd":
			return (WEEKDAYS[weekday] ?? "").slice(0, 2);
		case "ddd":
			return (WEEKDAYS[weekday] ?? "").slice(0, 3);
		case "dddd":
			return WEEKDAYS[weekday] ?? "";
		case "E":
			return String(getISODay(date));
		case "w":
			return String(getWeek(date));
		case "wo":
			return ordinal(getWeek(date));
		case "ww":
			return pad(getWeek(date), 2);
		case "W":
			return String(getISOWeek(date));
		case "Wo":
			return ordinal(getISOWeek(date));
		case "WW":
			return pad(getISOWeek(date), 2);
		case "Y":
			return fullYear(year);
		case "YY":
			return pad(year % 100, 2);
		case "YYYY":
			return year <= 9999 ? pad(year, 4) : `+${year}`;
		case "YYYYY":
			return signedYear(year, 5).replace(/^\+/, "");
		case "YYYYYY":
			return signedYear(year, 6);
		case "y":
		case "yy":
		case "yyy":
		case "yyyy":
			return String(year);
		case "yo":
			return ordinal(year);
		case "gg":
			return pad(getWeekYear(date) % 100, 2);
		case "gggg":
			return pad(getWeekYear(date), 4);
		case "ggggg":
			return pad(getWeekYear(date), 5);
		case "GG":
			return pad(getISOWeekYear(date) % 100, 2);
		case "GGGG":
			return pad(getISOWeekYear(date), 4);
		case "GGGGG":
			return pad(getISOWeekYear(date), 5);
		case "N":
		case "NN":
		case "NNN":
			return "AD";
		case "NNNN":
			return "Anno Domini";
		case "NNNNN":
			return "AD";
		case "a":
			return hours < 12 ? "am" : "pm";
		case "A":
			return hours < 12 ? "AM" : "PM";
		case "H":
			return String(hours);
		case "HH":
			return pad(hours, 2);
		case "h":
			return String(hours % 12 || 12);
		case "hh":
			return pad(hours % 12 || 12, 2);
		case "k":
			return String(hours || 24);
		case "kk":
			return pad(hours || 24, 2);
		case "m":
			return String(date.getMinutes());
		case "mm":
			return pad(date.getMinutes(), 2);
		case "s":
			return String(date.getSeconds());
		case "ss":
			return pad(date.getSeconds(), 2);
		case "Hmm":
			return `${hours}${pad(date.getMinutes(), 2)}`;
		case "Hmmss":
			return `${hours}${pad(date.getMinutes(), 2)}${pad(date.getSeconds(), 2)}`;
		case "hmm":
			return `${hours % 12 || 12}${pad(date.getMinutes(), 2)}`;
		case "hmmss":
			return `${hours % 12 || 12}${pad(date.getMinutes(), 2)}${pad(date.getSeconds(), 2)}`;
		case "X":
			return String(Math.floor(date.getTime() / 1000));
		case "x":
			return String(date.getTime());
		case "Z":
			return offset(date, ":");
		case "ZZ":
			return offset(date, "");
		case "z":
		case "zz":
			// moment without moment-timezone writes no zone name.
			return "";
	}
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
