import { Notice, type FileManager, type Vault } from "obsidian";
import { movedOrDeleted } from "../core/words";
import { addDaysIso } from "../core/dates";
import { keyToWrite } from "../core/frontmatter";
import { logContact, markFollowUpDone } from "../core/history-write";
import { titleOf } from "../core/read";
import type { FollowUp, IsoDate, PropertyLists } from "../core/types";
import { messageOf } from "../core/unknown";
import { isRejected, readDate } from "../core/values";
import type { ManagingUpSettings } from "../settings";
import type { StakeholderIndex } from "./index";

/** How far Snooze moves a follow-up or a contact reminder. */
export const SNOOZE_DAYS = 7;

/** What the property actions need: exactly these services, passed in. */
export interface ActionDeps {
	fileManager: FileManager;
	vault: Vault;
	/** The names each property is read under (from the settings): a write goes to the one the note uses. */
	properties: () => PropertyLists;
	/** The local calendar date; the clock stays at the edge. */
	today: () => IsoDate;
	/** The display name of a person note, for messages. */
	personName: (path: string) => string;
	/** Shows a message to the user; a Notice unless a test listens. */
	notify?: (message: string) => void;
}

/** actionDeps gives the property actions what they need, naming people as the index knows them. */
export function actionDeps(deps: {
	index: Pick<StakeholderIndex, "reading">;
	vault: Vault;
	fileManager: FileManager;
	settings: () => ManagingUpSettings;
	today: () => IsoDate;
}): ActionDeps {
	return {
		fileManager: deps.fileManager,
		vault: deps.vault,
		properties: () => deps.settings().properties,
		today: deps.today,
		personName: (path) => {
			const record = deps.index.reading(path)?.record;
			return record?.kind === "person" ? record.person : titleOf(path);
		},
	};
}

type Frontmatter = Record<string, unknown>;

/**
 * writeProperties changes a note's properties through processFrontMatter and tells the user
 * how it went; it never throws (processFrontMatter does, on YAML it cannot parse). The
 * dashboard updates from the metadata event the write causes, not from here.
 */
async function writeProperties(
	deps: ActionDeps,
	path: string,
	edit: (fm: Frontmatter) => void,
	success: () => string,
): Promise<boolean> {
	const notify = deps.notify ?? ((message: string) => new Notice(message));
	const file = deps.vault.getFileByPath(path);
	if (!file) {
		notify(movedOrDeleted(path));
		return false;
	}
	try {
		await deps.fileManager.processFrontMatter(file, (fm: Frontmatter) => edit(fm));
	} catch (error) {
		notify(`Could not change the properties of ${file.basename}: ${messageOf(error)}. Fix them in source mode and try again.`);
		return false;
	}
	notify(success());
	return true;
}

/** logContactToday sets the person note's last-contact to today, keeping the previous one in contact-history (see history-write.ts). */
export function logContactToday(deps: ActionDeps, personPath: string): Promise<boolean> {
	const lists = deps.properties();
	const today = deps.today();
	return writeProperties(
		deps,
		personPath,
		(fm) => logContact(fm, lists, today),
		() => `Logged contact with ${deps.personName(personPath)} today`,
	);
}

/**
 * completeFollowUp marks a follow-up done: removes follow-up and follow-up-note from the note
 * that holds it and notes it in follow-ups-done (see history-write.ts). A contact reminder is
 * done by getting in touch, so it logs contact today.
 */
export function completeFollowUp(deps: ActionDeps, item: FollowUp): Promise<boolean> {
	if (item.kind === "contact") return logContactToday(deps, item.personPath ?? item.path);
	const lists = deps.properties();
	const today = deps.today();
	return writeProperties(
		deps,
		item.path,
		(fm) => markFollowUpDone(fm, lists, today),
		() => `Follow-up with ${item.person} done`,
	);
}

/**
 * snoozedFollowUp is the date Snooze moves a follow-up to: seven days after its due date, or
 * after today when it is already past due (a week after a date long gone would still be overdue).
 */
export function snoozedFollowUp(due: IsoDate, today: IsoDate): IsoDate {
	return addDaysIso(due > today ? due : today, SNOOZE_DAYS);
}

/**
 * snoozeFollowUp moves a follow-up seven days on (see snoozedFollowUp), reading the due date
 * the note holds now; for a contact reminder it sets snooze-until to today + 7.
 */
export function snoozeFollowUp(deps: ActionDeps, item: FollowUp): Promise<boolean> {
	const names = deps.properties();
	const today = deps.today();
	if (item.kind === "contact") {
		const until = addDaysIso(today, SNOOZE_DAYS);
		return writeProperties(
			deps,
			item.path,
			(fm) => {
				fm[keyToWrite(fm, names.snoozeUntil)] = until;
			},
			() => `Snoozed the reminder to contact ${item.person} until ${until}`,
		);
	}
	let until = snoozedFollowUp(item.due, today);
	return writeProperties(
		deps,
		item.path,
		(fm) => {
			const key = keyToWrite(fm, names.followUp);
			const current = readDate(fm[key]);
			const due = current === null || isRejected(current) ? item.due : current;
			until = snoozedFollowUp(due, today);
			fm[key] = until;
		},
		() => `Snoozed the follow-up with ${item.person} until ${until}`,
	);
}
