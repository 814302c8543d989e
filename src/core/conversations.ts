import { foldName } from "./values";
import { headingKey } from "./field-keys";

/**
 * Conversations logged in a dated note that is no meeting (a daily note), under a heading of
 * their own, as work vaults log them (jmartinspt/worknotes-vault's daily log):
 *
 *     ## 🗣️ Conversations
 *     - **09:00** – [[Sarah Johnson - Tech Lead]]: sprint planning, the OAuth dependency.
 *     - **15:00** – [[Mike Chen]]: 1:1 about career goals.
 *
 * Each item's first link is someone talked to that day: a contact, never a 1:1 whose open items
 * or tasks are theirs (MeetingRef.logged).
 */

/** How such a note found its people: explain's key. */
export const BY_CONVERSATIONS = "a list of conversations";

/** The headings of a list of conversations, folded, without their emphasis, emoji or colon (a key holds no `:`: `## 1:1s` is none). */
const CONVERSATION_HEADINGS = new Set([
	"conversations",
	"conversation",
	"interactions",
	"interaction",
	"1-1s",
	"one-on-ones",
	"catch-ups",
	"catchups",
	"chats",
	"calls",
	"people i talked to",
	"who i talked to",
	"talked to",
]);

/**
 * isConversationHeading says whether a heading's text (`🗣️ Conversations`, `**Interactions:**`) is
 * one over a list of conversations: read as the text's fields read it (headingKey), so that the
 * plugin asks for a note's text, from the cache's headings, exactly when its fields may hold one.
 */
export function isConversationHeading(heading: string): boolean {
	const key = headingKey(heading);
	return key !== null && CONVERSATION_HEADINGS.has(foldName(key));
}

/** The words before the person in a conversation's item: its time (`**09:00**`, `9:30`) and a dash. */
const LEAD = /^(?:[*_]*\d{1,2}[:.h]\d{2}(?:\s?[ap]m)?[*_]*)?\s*[-–—]?\s*/i;

/**
 * conversationPeople are the people of the text's list of conversations (its label fields: key,
 * items, label): each item's first link, else the name it starts with, before its colon
 * (`- **15:00** – Mike Chen: 1:1 about goals`, as the template writes `person: topic`), which
 * counts only when it finds a person (NoteRef.tentative).
 */
export function conversationPeople(fields: readonly (readonly [string, string | string[], true?])[]): { links: string[]; names: string[] } {
	const links: string[] = [];
	const names: string[] = [];
	for (const [key, value, label] of fields) {
		if (label !== true || !Array.isArray(value) || !isConversationHeading(key)) continue;
		for (const item of value) {
			const open = item.indexOf("[[");
			const close = open < 0 ? -1 : item.indexOf("]]", open + 2);
			if (close > open + 2) {
				links.push(item.slice(open, close + 2));
				continue;
			}
			const rest = item.slice(0, 200).replace(LEAD, "");
			const colon = rest.indexOf(":");
			const name = (colon < 0 ? "" : rest.slice(0, colon)).replace(/[*_]/g, "").trim();
			if (name !== "" && name.split(" ").length <= 4) names.push(name);
		}
	}
	return { links, names };
}
