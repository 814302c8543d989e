import { describe, isEmpty, reject, type Reading } from "./values";
import type { Level } from "./types";

/** Reading influence and interest: low, medium, high, as the design says them and as people write them. */

const LEVEL_HINT = "use low, medium, high or a whole number from 1 to 5";

/** The words people write for a level, folded: `H`, `Med`, `very high`, `key`, `VIP`. */
export const LEVEL_WORDS: ReadonlyMap<string, Level> = new Map([
	...["low", "l", "lo", "minor", "minimal", "little", "very low"].map((word) => [word, "low"] as const),
	...["medium", "m", "med", "mid", "moderate", "average", "normal", "low medium", "medium low"].map((word) => [word, "medium"] as const),
	...["high", "h", "hi", "very high", "critical", "key", "vip", "top", "highest", "major", "medium high", "high medium"].map((word) => [word, "high"] as const),
]);

function levelOfNumber(n: number): Level | null {
	if (!Number.isInteger(n) || n < 1 || n > 5) return null;
	return n <= 2 ? "low" : n === 3 ? "medium" : "high";
}

/**
 * levelOfText reads a level as people write it: a word (LEVEL_WORDS, any case, an emoji or a note
 * after it: `high 🔥`, `High (CTO)`), a number from 1 to 5 (`4`, `3/5`, `8/10` on a scale of ten),
 * or stars (`⭐⭐⭐`, `★★★★`).
 */
function levelOfText(value: string): Level | null {
	const text = value.trim().toLowerCase();
	// Stars alone, emoji or not: as many as the level's number.
	if (text.includes("⭐") || text.includes("★")) {
		const stars = [...text].filter((c) => c === "⭐" || c === "★").length;
		if (text.replace(/[⭐★\s\uFE0F]/g, "") === "") return levelOfNumber(Math.min(stars, 5));
	}
	const scale = /^(\d+)\s*\/\s*(5|10)$/.exec(text);
	if (scale !== null) {
		const n = Number(scale[1]);
		return levelOfNumber(scale[2] === "10" ? Math.ceil(n / 2) : n);
	}
	if (/^\d+$/.test(text)) return levelOfNumber(Number(text));
	// The words, without what follows them: an emoji, a note in brackets.
	const open = text.indexOf("(");
	// `medium-high` is `medium high`.
	const words = (open > 0 ? text.slice(0, open) : text).replace(/[^\p{L}\s-]/gu, "").trim().replace(/[\s-]+/g, " ");
	return LEVEL_WORDS.get(words) ?? null;
}

/** readLevel reads influence or interest: low, medium, high (any case, and the words of levelOfText) or a whole number 1–5. */
export function readLevel(value: unknown): Reading<Level> {
	if (isEmpty(value)) return null;
	if (typeof value === "number") return levelOfNumber(value) ?? reject(`${describe(value)} is not a level; ${LEVEL_HINT}`);
	if (typeof value === "string") return levelOfText(value) ?? reject(`${describe(value)} is not a level; ${LEVEL_HINT}`);
	return reject(`${describe(value)} is not a level; ${LEVEL_HINT}`);
}
