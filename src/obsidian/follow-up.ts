import { Modal, Notice, Setting, type App, type Plugin, type TFile } from "obsidian";
import { todayIso } from "../core/dates";
import { followUpMessage, type FollowUpMessage } from "../core/follow-up-message";
import { keyToWrite } from "../core/frontmatter";
import { meetingOf } from "../core/read";
import type { IsoDate, NoteReading, Report } from "../core/types";
import { messageOf } from "../core/unknown";
import type { ManagingUpSettings } from "../settings";

/** The part of the clipboard the follow-up uses: plain text, which works on iOS and Android too (HTML does not). */
export interface PlainClipboard {
	writeText(text: string): Promise<void>;
}

/** What "Write follow-up for this 1:1" needs: exactly these services, passed in. */
export interface FollowUpDeps {
	app: App;
	/** The stakeholder index: which notes are 1:1 notes, and the report of a day. */
	index: { reading(path: string): NoteReading | undefined; report(today: IsoDate): Report };
	settings: () => ManagingUpSettings;
	/** The clock, read at the edge; defaults to the machine's. */
	now?: () => Date;
	/** The clipboard; defaults to `navigator.clipboard`, which may be missing (an insecure context, an old WebView). */
	clipboard?: () => PlainClipboard | undefined;
	/** Shows the message when the clipboard fails, so nothing is lost; defaults to FollowUpModal. */
	show?: (message: FollowUpMessage) => void;
}

function systemClipboard(): PlainClipboard | undefined {
	if (typeof navigator === "undefined") return undefined;
	// Typed as always there, but missing outside a secure context and in some WebViews.
	const clipboard: PlainClipboard | undefined = navigator.clipboard;
	return clipboard;
}

/** copyText puts text on the clipboard; false when there is none or it refuses (no permission, no focus). */
export async function copyText(clipboard: PlainClipboard | undefined, text: string): Promise<boolean> {
	if (clipboard === undefined) return false;
	try {
		await clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

/** FollowUpModal shows the message to copy by hand when the clipboard could not take it, with a Copy button to try again. */
export class FollowUpModal extends Modal {
	constructor(
		app: App,
		private readonly message: FollowUpMessage,
		private readonly clipboard: PlainClipboard | undefined,
	) {
		super(app);
	}

	override onOpen(): void {
		this.titleEl.setText("Copy the follow-up");
		this.contentEl.createEl("p", { text: "The clipboard could not be reached. Copy the message from here." });
		// Plain text in a text area: whatever the note said stays text.
		const area = this.contentEl.createEl("textarea", { text: this.message.text, cls: "managing-up-follow-up-message", attr: { readonly: "", rows: "12" } });
		new Setting(this.contentEl).addButton((button) =>
			button
				.setButtonText("Copy")
				.setCta()
				.onClick(async () => {
					if (await copyText(this.clipboard, this.message.text)) {
						new Notice("Follow-up copied to the clipboard.");
						this.close();
					} else if (typeof area.select === "function") {
						area.focus();
						area.select();
					}
				}),
		);
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}

/** whoText names who a follow-up is for, for the notice: " to Jane Doe", " to Jane Doe and Sam Lee", or nothing. */
function whoText(to: readonly string[]): string {
	if (to.length === 0) return "";
	return ` to ${to.length <= 2 ? to.join(" and ") : `${to[0] ?? ""} and ${to.length - 1} others`}`;
}

/**
 * writeFollowUp writes the follow-up of a 1:1 note: the message on the clipboard (or in a
 * modal when the clipboard fails), `follow-up-sent` set to today (only that key, under the name
 * the note already uses), and a notice. Returns the message, or null when the note is not a 1:1 note.
 */
export async function writeFollowUp(deps: FollowUpDeps, file: TFile): Promise<FollowUpMessage | null> {
	const { app } = deps;
	const meeting = meetingOf(deps.index.reading(file.path));
	if (meeting === null) {
		new Notice(`${file.basename} is not a 1:1 note: it names no one to follow up with.`);
		return null;
	}
	const settings = deps.settings();
	const today = todayIso(deps.now ? deps.now() : new Date());
	const message = followUpMessage({
		meeting,
		// read, not cachedRead: the message is of the note as it is now.
		text: await app.vault.read(file),
		frontmatter: app.metadataCache.getFileCache(file)?.frontmatter ?? null,
		report: deps.index.report(today),
		properties: settings.properties,
	});
	const clipboard = (deps.clipboard ?? systemClipboard)();
	const copied = await copyText(clipboard, message.text);
	if (!copied) (deps.show ?? ((shown) => new FollowUpModal(app, shown, clipboard).open()))(message);
	let key = settings.properties.followUpSent[0] ?? "follow-up-sent";
	try {
		await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
			key = keyToWrite(fm, settings.properties.followUpSent);
			fm[key] = today;
		});
	} catch (error) {
		new Notice(`The follow-up is written, but ${key} could not be set on ${file.basename}: ${messageOf(error)}`);
		return message;
	}
	new Notice(copied ? `Follow-up${whoText(message.to)} copied to the clipboard; ${key} set to ${today}.` : `Follow-up${whoText(message.to)} written; ${key} set to ${today}.`);
	return message;
}

/**
 * registerFollowUpCommand adds "Write follow-up for this 1:1" (stable id, no default hotkey),
 * offered only while the active note is a 1:1 note the index knows.
 */
export function registerFollowUpCommand(plugin: Plugin, deps: FollowUpDeps): void {
	plugin.addCommand({
		id: "write-follow-up",
		name: "Write follow-up for this 1:1",
		checkCallback: (checking: boolean) => {
			const file = deps.app.workspace.getActiveFile();
			if (file === null || meetingOf(deps.index.reading(file.path)) === null) return false;
			if (!checking) void writeFollowUp(deps, file);
			return true;
		},
	});
}
