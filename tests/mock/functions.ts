/** The functions the obsidian module exports, in the mock (see obsidian.ts). */
import { formatMoment } from "../../src/core/agenda/moment-format";

/** normalizePath cleans a user-typed vault path as Obsidian does: forward slashes, no doubles, no leading or trailing slash. */
export function normalizePath(path: string): string {
	const cleaned = path
		.replace(/\u00A0|\u202F/g, " ")
		.replace(/[\\/]+/g, "/")
		.replace(/^\/+|\/+$/g, "")
		.normalize("NFC");
	return cleaned === "" ? "/" : cleaned;
}

interface Debouncer<T extends unknown[], V> {
	(...args: [...T]): this;
	cancel(): this;
	run(): V | void;
}

/**
 * debounce calls `cb` once, `timeout` ms after the last call. The timer always restarts, as
 * with `resetTimer` true, which is all the plugin asks for.
 */
export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, _resetTimer = true): Debouncer<T, V> {
	let timer: number | undefined;
	let pending: [...T] | null = null;
	const cancel = (): void => {
		window.clearTimeout(timer);
		pending = null;
	};
	const run = (): V | undefined => {
		const args = pending;
		cancel();
		return args === null ? undefined : cb(...args);
	};
	const debounced = ((...args: [...T]) => {
		pending = args;
		window.clearTimeout(timer);
		timer = window.setTimeout(run, timeout);
		return debounced;
	}) as Debouncer<T, V>;
	debounced.cancel = () => {
		cancel();
		return debounced;
	};
	debounced.run = run;
	return debounced;
}

/** The app's version; set it per test with setApiVersion (Obsidian's is the desktop app's release). */
let apiVersion = "1.13.1";

/** Mock only: make the app report another version (restore it in afterEach). */
export function setApiVersion(version: string): void {
	apiVersion = version;
}

/** requireApiVersion says whether the app's version is `version` or newer, comparing numbers part by part. */
export function requireApiVersion(version: string): boolean {
	const have = apiVersion.split(".").map(Number);
	const want = version.split(".").map(Number);
	for (let i = 0; i < Math.max(have.length, want.length); i++) {
		const a = have[i] ?? 0;
		const b = want[i] ?? 0;
		if (a !== b) return a > b;
	}
	return true;
}

/** moment(date).format(pattern): the one use the plugin makes of moment, with the core's formatter. */
export function moment(date: Date): { format(pattern: string): string } {
	return { format: (pattern) => formatMoment(date, pattern) };
}
