import { BDate, parse, type Node, type Val } from "./bases-formula";

/**
 * evaluate runs a base's formulas on one row, as Bases would: `today()` is local midnight of the
 * given day, `date("YYYY-MM-DD")` local midnight (rolling over impossible days, as a lenient
 * date parser does, so the formulas must turn those away themselves), a date plus a duration
 * moves by calendar days, weeks, months (clamped at month ends, as moment.js does) or years, and
 * a date minus a date is milliseconds. What Bases would show as an error throws.
 */

/** A row of a base: its path, its properties as Obsidian's metadata cache hands them over, its tags. */
export interface Row {
	path: string;
	properties: Record<string, unknown>;
	tags?: string[];
}

function plain(value: unknown): Val {
	if (value === undefined || value === null) return null;
	if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
	if (Array.isArray(value)) return value.map(plain);
	return "[object]";
}

function truthy(v: Val): boolean {
	if (Array.isArray(v)) return true;
	return v instanceof BDate || v instanceof RegExp || Boolean(v);
}

function text(v: Val): string {
	if (v === null) return "";
	if (v instanceof BDate) return v.format();
	if (Array.isArray(v)) return v.map(text).join(", ");
	return String(v);
}

function dateOf(s: string): BDate | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(s.trim());
	if (!m) return null;
	return new BDate(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)));
}

function addDuration(d: BDate, duration: string, sign: number): BDate {
	const m = /^\s*(\d+)\s*([a-zA-Z]+)\s*$/.exec(duration);
	if (!m) throw new Error(`"${duration}" is not a duration`);
	const n = Number(m[1]) * sign;
	const unit = m[2] ?? "";
	const t = new Date(d.time.getTime());
	const months = (count: number): void => {
		const day = t.getDate();
		t.setDate(1);
		t.setMonth(t.getMonth() + count);
		t.setDate(Math.min(day, new Date(t.getFullYear(), t.getMonth() + 1, 0).getDate()));
	};
	if (/^(d|days?)$/.test(unit)) t.setDate(t.getDate() + n);
	else if (/^(w|weeks?)$/.test(unit)) t.setDate(t.getDate() + 7 * n);
	else if (/^(M|months?)$/.test(unit)) months(n);
	else if (/^(y|years?)$/.test(unit)) months(12 * n);
	else throw new Error(`unit ${unit} is not used by the base`);
	return new BDate(t);
}

function compare(a: Val, b: Val): number {
	if (a instanceof BDate && b instanceof BDate) return a.time.getTime() - b.time.getTime();
	if (typeof a === "number" && typeof b === "number") return a - b;
	if (typeof a === "string" && typeof b === "string") return a < b ? -1 : a > b ? 1 : 0;
	throw new Error(`cannot compare ${text(a)} with ${text(b)}`);
}

function equal(a: Val, b: Val): boolean {
	if (a instanceof BDate && b instanceof BDate) return a.time.getTime() === b.time.getTime();
	return a === b;
}

function method(target: Val, name: string, args: Val[]): Val {
	if (target === null) throw new Error(`.${name}() of null`);
	if (name === "toString") return text(target);
	if (target instanceof RegExp) {
		if (name === "matches" && typeof args[0] === "string") return new RegExp(target.source, target.flags.replace("g", "")).test(args[0]);
	} else if (target instanceof BDate) {
		if (name === "format" && args[0] === "YYYY-MM-DD") return target.format();
	} else if (typeof target === "string") {
		if (name === "trim") return target.trim();
		if (name === "lower") return target.toLowerCase();
		if (name === "slice") return target.slice(Number(args[0]), args[1] === undefined ? undefined : Number(args[1]));
		if (name === "replace") {
			const [pattern, by] = args;
			if (pattern instanceof RegExp && typeof by === "string") return target.replace(pattern, by);
			if (typeof pattern === "string" && typeof by === "string") return target.split(pattern).join(by);
		}
	} else if (Array.isArray(target)) {
		if (name === "contains") return target.some((item) => equal(item, args[0] ?? null));
		if (name === "join") return target.map(text).join(typeof args[0] === "string" ? args[0] : ",");
	} else if (typeof target === "number") {
		if (name === "round") return Math.round(target);
	}
	throw new Error(`.${name}() is not known to this interpreter for ${text(target)}`);
}

/** evaluate computes every formula of a base for a row, each by name. */
export function evaluate(formulas: Record<string, string>, row: Row, today: string): Record<string, Val> {
	const trees = new Map(Object.entries(formulas).map(([name, src]) => [name, parse(src)]));
	const done = new Map<string, Val>();
	const todayDate = dateOf(today);
	if (todayDate === null) throw new Error(`${today} is not a day`);
	const folder = row.path.includes("/") ? row.path.slice(0, row.path.lastIndexOf("/")) : "";
	const formula = (name: string): Val => {
		if (!done.has(name)) {
			const tree = trees.get(name);
			if (tree === undefined) throw new Error(`no formula ${name}`);
			done.set(name, ev(tree));
		}
		return done.get(name) ?? null;
	};
	const ev = (n: Node): Val => {
		switch (n.kind) {
			case "lit":
				return n.value;
			case "list":
				return n.items.map(ev);
			case "ident":
				throw new Error(`bare ${n.name}`);
			case "index": {
				if (n.object.kind === "ident" && n.object.name === "note") return plain(row.properties[text(ev(n.index))]);
				const list = ev(n.object);
				return Array.isArray(list) ? (list[Number(ev(n.index))] ?? null) : null;
			}
			case "member": {
				if (n.object.kind === "ident" && n.object.name === "formula") return formula(n.name);
				if (n.object.kind === "ident" && n.object.name === "note") return plain(row.properties[n.name]);
				if (n.object.kind === "ident" && n.object.name === "file") {
					if (n.name === "folder") return folder;
					if (n.name === "ext") return row.path.slice(row.path.lastIndexOf(".") + 1);
					if (n.name === "name") return row.path.slice(row.path.lastIndexOf("/") + 1);
				}
				throw new Error(`field ${n.name} is not known to this interpreter`);
			}
			case "call": {
				if (n.callee.kind === "ident") {
					const name = n.callee.name;
					if (name === "if") return truthy(ev(n.args[0] ?? { kind: "lit", value: null })) ? (n.args[1] ? ev(n.args[1]) : null) : n.args[2] ? ev(n.args[2]) : null;
					const args = n.args.map(ev);
					if (name === "today") return todayDate;
					if (name === "date") return typeof args[0] === "string" ? dateOf(args[0]) : null;
					if (name === "list") return Array.isArray(args[0]) ? args[0] : [args[0] ?? null];
					throw new Error(`${name}() is not known to this interpreter`);
				}
				if (n.callee.kind !== "member") throw new Error("call of an expression");
				const callee = n.callee;
				if (callee.object.kind === "ident" && callee.object.name === "file") {
					const args = n.args.map((a) => text(ev(a)));
					if (callee.name === "hasTag") return (row.tags ?? []).some((tag) => args.some((a) => tag === a || tag.startsWith(`${a}/`)));
					if (callee.name === "inFolder") return args.some((a) => folder === a || folder.startsWith(`${a}/`));
				}
				return method(ev(callee.object), callee.name, n.args.map(ev));
			}
			case "unary": {
				const v = ev(n.arg);
				if (n.op === "!") return !truthy(v);
				if (typeof v !== "number") throw new Error("minus of a non-number");
				return -v;
			}
			case "binary": {
				if (n.op === "&&") {
					const l = ev(n.left);
					return truthy(l) ? ev(n.right) : l;
				}
				if (n.op === "||") {
					const l = ev(n.left);
					return truthy(l) ? l : ev(n.right);
				}
				const l = ev(n.left);
				const r = ev(n.right);
				switch (n.op) {
					case "==":
						return equal(l, r);
					case "!=":
						return !equal(l, r);
					case "<":
						return compare(l, r) < 0;
					case "<=":
						return compare(l, r) <= 0;
					case ">":
						return compare(l, r) > 0;
					case ">=":
						return compare(l, r) >= 0;
					case "+":
						if (l instanceof BDate && typeof r === "string") return addDuration(l, r, 1);
						if (typeof l === "number" && typeof r === "number") return l + r;
						if (typeof l === "string" || typeof r === "string") return text(l) + text(r);
						break;
					case "-":
						if (l instanceof BDate && r instanceof BDate) return l.time.getTime() - r.time.getTime();
						if (l instanceof BDate && typeof r === "string") return addDuration(l, r, -1);
						if (typeof l === "number" && typeof r === "number") return l - r;
						break;
					case "*":
					case "/":
					case "%":
						if (typeof l === "number" && typeof r === "number") return n.op === "*" ? l * r : n.op === "/" ? l / r : l % r;
						break;
				}
				throw new Error(`${text(l)} ${n.op} ${text(r)} is not known to this interpreter`);
			}
		}
	};
	for (const name of trees.keys()) formula(name);
	return Object.fromEntries(done);
}

/** matchesFilter evaluates one of the base's filter statements on a row. */
export function filterStatement(statement: string, row: Row, today: string): boolean {
	const value = evaluate({ filter: statement }, row, today).filter ?? null;
	return truthy(value);
}

/** Filter is the shape of a base's `filters`. */
export type Filter = string | { and: Filter[] } | { or: Filter[] } | { not: Filter[] };

/** keeps says whether a base's filters keep a row. */
export function keeps(filter: Filter, row: Row, today: string): boolean {
	if (typeof filter === "string") return filterStatement(filter, row, today);
	if ("and" in filter) return filter.and.every((f) => keeps(f, row, today));
	if ("or" in filter) return filter.or.some((f) => keeps(f, row, today));
	return !filter.not.some((f) => keeps(f, row, today));
}
