/**
 * A checker and a tiny interpreter for the part of Bases' formula language the ready base uses,
 * written from Obsidian's documentation (Bases syntax, Functions; obsidianmd/obsidian-help):
 * literals (strings in either quote, numbers, booleans, lists, regular expressions), `note[...]`,
 * `note.x`, `formula.x`, `file.x`, the operators, global functions and methods. The checker
 * rejects anything else; the interpreter follows JavaScript, as the documentation says Bases
 * does, and throws where a formula would be an error (a method of null, comparing with null).
 */

export type Node =
	| { kind: "lit"; value: Val }
	| { kind: "list"; items: Node[] }
	| { kind: "ident"; name: string }
	| { kind: "member"; object: Node; name: string }
	| { kind: "index"; object: Node; index: Node }
	| { kind: "call"; callee: Node; args: Node[] }
	| { kind: "unary"; op: "!" | "-"; arg: Node }
	| { kind: "binary"; op: string; left: Node; right: Node };

/** A value: Bases' dates are a class here, so they are told from text. */
export class BDate {
	constructor(readonly time: Date) {}
	format(): string {
		const t = this.time;
		return `${String(t.getFullYear()).padStart(4, "0")}-${String(t.getMonth() + 1).padStart(2, "0")}-${String(t.getDate()).padStart(2, "0")}`;
	}
}
export type Val = null | boolean | number | string | RegExp | BDate | Val[];

type Token = { t: "num"; v: number } | { t: "str"; v: string } | { t: "re"; v: RegExp } | { t: "id"; v: string } | { t: "op"; v: string };

const OPS = ["&&", "||", "==", "!=", "<=", ">=", "<", ">", "+", "-", "*", "/", "%", "!", "(", ")", "[", "]", ",", "."];

/** tokenize splits a formula; unbalanced quotes and unknown characters throw. */
export function tokenize(src: string): Token[] {
	const out: Token[] = [];
	let i = 0;
	const valueBefore = (): boolean => {
		const last = out[out.length - 1];
		return last !== undefined && (last.t !== "op" || last.v === ")" || last.v === "]");
	};
	while (i < src.length) {
		const c = src.charAt(i);
		if (/\s/.test(c)) {
			i++;
		} else if (c === '"' || c === "'") {
			let j = i + 1;
			let text = "";
			while (j < src.length && src.charAt(j) !== c) {
				if (src.charAt(j) === "\\") j++;
				text += src.charAt(j);
				j++;
			}
			if (j >= src.length) throw new Error(`unclosed string at ${i}`);
			out.push({ t: "str", v: text });
			i = j + 1;
		} else if (c === "/" && !valueBefore()) {
			let j = i + 1;
			let inClass = false;
			while (j < src.length && (src.charAt(j) !== "/" || inClass)) {
				if (src.charAt(j) === "\\") j++;
				else if (src.charAt(j) === "[") inClass = true;
				else if (src.charAt(j) === "]") inClass = false;
				j++;
			}
			if (j >= src.length) throw new Error(`unclosed regular expression at ${i}`);
			const flags = /^[gimsuy]*/.exec(src.slice(j + 1))?.[0] ?? "";
			out.push({ t: "re", v: new RegExp(src.slice(i + 1, j), flags) });
			i = j + 1 + flags.length;
		} else if (/\d/.test(c)) {
			const m = /^\d+(\.\d+)?/.exec(src.slice(i))?.[0] ?? "";
			out.push({ t: "num", v: Number(m) });
			i += m.length;
		} else if (/[A-Za-z_]/.test(c)) {
			const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i))?.[0] ?? "";
			out.push({ t: "id", v: m });
			i += m.length;
		} else {
			const op = OPS.find((o) => src.startsWith(o, i));
			if (op === undefined) throw new Error(`unexpected ${c} at ${i}`);
			out.push({ t: "op", v: op });
			i += op.length;
		}
	}
	return out;
}

const LEVELS: readonly (readonly string[])[] = [["||"], ["&&"], ["==", "!="], ["<", "<=", ">", ">="], ["+", "-"], ["*", "/", "%"]];

/** parse reads a formula into a tree; unbalanced brackets and stray tokens throw. */
export function parse(src: string): Node {
	const tokens = tokenize(src);
	let pos = 0;
	const peek = (): Token | undefined => tokens[pos];
	const isOp = (v: string): boolean => peek()?.t === "op" && peek()?.v === v;
	const expect = (v: string): void => {
		if (!isOp(v)) throw new Error(`expected ${v} at token ${pos}`);
		pos++;
	};
	const args = (close: string): Node[] => {
		const list: Node[] = [];
		if (isOp(close)) {
			pos++;
			return list;
		}
		for (;;) {
			list.push(binary(0));
			if (isOp(",")) pos++;
			else break;
		}
		expect(close);
		return list;
	};
	const primary = (): Node => {
		const tok = tokens[pos++];
		if (tok === undefined) throw new Error("unexpected end");
		if (tok.t === "num" || tok.t === "str" || tok.t === "re") return { kind: "lit", value: tok.v };
		if (tok.t === "id") return tok.v === "true" || tok.v === "false" ? { kind: "lit", value: tok.v === "true" } : { kind: "ident", name: tok.v };
		if (tok.v === "(") {
			const inner = binary(0);
			expect(")");
			return inner;
		}
		if (tok.v === "[") return { kind: "list", items: args("]") };
		throw new Error(`unexpected ${tok.v}`);
	};
	const postfix = (): Node => {
		let node = primary();
		for (;;) {
			if (isOp(".")) {
				pos++;
				const name = tokens[pos++];
				if (name?.t !== "id") throw new Error("expected a name after .");
				node = { kind: "member", object: node, name: name.v };
			} else if (isOp("(")) {
				pos++;
				node = { kind: "call", callee: node, args: args(")") };
			} else if (isOp("[")) {
				pos++;
				const index = binary(0);
				expect("]");
				node = { kind: "index", object: node, index };
			} else return node;
		}
	};
	const unary = (): Node => {
		if (isOp("!") || isOp("-")) {
			const op = tokens[pos++]?.v === "!" ? "!" : "-";
			return { kind: "unary", op, arg: unary() };
		}
		return postfix();
	};
	const binary = (level: number): Node => {
		const ops = LEVELS[level];
		if (ops === undefined) return unary();
		let left = binary(level + 1);
		while (peek()?.t === "op" && ops.includes(String(peek()?.v))) {
			const op = String(tokens[pos++]?.v);
			left = { kind: "binary", op, left, right: binary(level + 1) };
		}
		return left;
	};
	const tree = binary(0);
	if (pos !== tokens.length) throw new Error(`stray token at ${pos}`);
	return tree;
}

/** Global functions in the documentation (Functions, Global). */
export const GLOBAL_FUNCTIONS = new Set(["escapeHTML", "date", "duration", "file", "html", "if", "image", "icon", "link", "list", "max", "min", "now", "number", "today", "random"]);
/** Methods in the documentation, of any type (Any, Date, String, Number, List, File, Regular expression). */
export const METHODS = new Set([
	"isTruthy", "isType", "toString", "date", "format", "time", "relative", "isEmpty", "contains", "containsAll", "containsAny", "endsWith",
	"lower", "replace", "repeat", "reverse", "slice", "split", "startsWith", "title", "trim", "abs", "ceil", "floor", "round", "toFixed",
	"filter", "flat", "join", "map", "reduce", "sort", "unique", "asFile", "linksTo", "asLink", "hasLink", "hasProperty", "hasTag", "inFolder", "matches", "keys", "values",
]);
/** File fields in the documentation (Bases syntax, File properties). */
export const FILE_FIELDS = new Set(["backlinks", "ctime", "embeds", "ext", "file", "folder", "links", "mtime", "name", "basename", "path", "properties", "size", "tags"]);
/** Duration units of date arithmetic (Bases syntax, Date arithmetic). */
const DURATION = /^\s*\d+\s*(y|years?|M|months?|d|days?|w|weeks?|h|hours?|m|minutes?|s|seconds?)\s*$/;

/** check lists what in a formula is not Bases' documented syntax: unknown functions, methods, fields and properties. */
export function check(src: string, formulas: readonly string[]): string[] {
	const errors: string[] = [];
	let tree: Node;
	try {
		tree = parse(src);
	} catch (error) {
		return [String(error)];
	}
	const visit = (n: Node): void => {
		switch (n.kind) {
			case "lit":
				return;
			case "list":
				return n.items.forEach(visit);
			case "ident":
				if (!["note", "formula", "file"].includes(n.name)) errors.push(`bare name ${n.name}`);
				return;
			case "member":
				if (n.object.kind === "ident") {
					if (n.object.name === "formula" && !formulas.includes(n.name)) errors.push(`formula.${n.name} is not defined before`);
					if (n.object.name === "file" && !FILE_FIELDS.has(n.name) && !METHODS.has(n.name)) errors.push(`file.${n.name} is not a file field`);
				}
				return visit(n.object);
			case "index":
				if (n.object.kind === "ident" && n.object.name === "note" && !(n.index.kind === "lit" && typeof n.index.value === "string")) errors.push("note[...] needs a name");
				visit(n.object);
				return visit(n.index);
			case "call":
				if (n.callee.kind === "ident") {
					if (!GLOBAL_FUNCTIONS.has(n.callee.name)) errors.push(`${n.callee.name}() is not a function`);
				} else if (n.callee.kind === "member") {
					if (!METHODS.has(n.callee.name)) errors.push(`.${n.callee.name}() is not a method`);
					visit(n.callee.object);
				} else errors.push("call of an expression");
				return n.args.forEach(visit);
			case "unary":
				return visit(n.arg);
			case "binary":
				// `date + "1M"`: a text added to a date must be a duration Bases reads.
				if (n.op === "+" && n.right.kind === "lit" && typeof n.right.value === "string" && /^\d/.test(n.right.value) && !DURATION.test(n.right.value)) errors.push(`"${n.right.value}" is not a duration`);
				visit(n.left);
				return visit(n.right);
		}
	};
	visit(tree);
	return errors;
}
