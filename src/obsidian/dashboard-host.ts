import { Notice, type Vault, type Workspace } from "obsidian";
import { openNoteWith } from "./open-note";
import type { Explanation } from "../core/explain";
import type { Commitment, FollowUp, IsoDate, Report, Stakeholder } from "../core/types";
import type { ManagingUpSettings } from "../settings";
import { completeFollowUp, logContactToday, snoozeFollowUp, type ActionDeps } from "./actions";
import type { AgendaActions } from "./agenda";
import { completeCommitment, openCommitment } from "./commitment-actions";
import type { StakeholderIndex } from "./index";
import type { PersonNoteActions } from "./person-notes";
import type { StoredFirstScreen } from "./snapshot";

/**
 * DashboardHost is everything the dashboard view needs from the plugin, passed in when the
 * view is created: the index's report, change notifications and the actions. The view keeps
 * no other reference to the plugin.
 */
export interface DashboardHost {
	/** Today's local calendar date: the plugin's one clock, so the view and the actions agree on the day. */
	today(): IsoDate;
	/** False until the index has read the vault once the layout is ready. */
	ready(): boolean;
	/** The dashboard's first screen kept with the start-up snapshot for the day, while the index is not ready; else null. */
	firstScreen(today: IsoDate): StoredFirstScreen | null;
	/** The report for the given day, computed from the index (cached per revision and day). */
	report(today: IsoDate): Report;
	/** What the index found for the day, and why (cached per report). */
	explanation(today: IsoDate): Explanation;
	/** A number that changes whenever any stakeholder or 1:1 note changes. */
	revision(): number;
	/** Calls the listener (debounced) after the index changed; returns the unsubscribe function. */
	onChange(listener: () => void): () => void;
	/** The current settings. */
	settings(): ManagingUpSettings;
	/** Opens a note; `newLeaf` when the user asked for a new tab (Ctrl/Cmd-click). */
	openNote(path: string, newLeaf: boolean): Promise<void>;
	/** Sets the person note's `last-contact` to today. */
	logContactToday(personPath: string): Promise<void>;
	/** Done: removes `follow-up` and `follow-up-note` (for a contact reminder: logs contact today). */
	completeFollowUp(item: FollowUp): Promise<void>;
	/** Snooze: moves `follow-up` seven days on, or sets `snooze-until` for a contact reminder. */
	snoozeFollowUp(item: FollowUp): Promise<void>;
	/** Done: checks the commitment's task in its note, that line only, while it still says what was read. */
	completeCommitment(item: Commitment): Promise<void>;
	/** Opens the commitment's note with the cursor on its line. */
	openCommitment(item: Commitment): Promise<void>;
	/** Creates a 1:1 agenda for the person and opens it; null until the agenda feature is wired. */
	newAgenda: ((personPath: string) => Promise<void>) | null;
	/** Creates a new person note (asks for a name); null until that command is wired. */
	newStakeholder: (() => Promise<void>) | null;
	/** Creates the person note of a name without a note, the name filled in, never overwriting, and opens it. */
	createPersonNote(name: string): Promise<void>;
	/** Sets the `me` setting to a name: the index is read again, and that name is the user. */
	setMe(name: string): Promise<void>;
	/** Remembers in the settings whether "What it found" is one line; the notes are not read again. */
	setFoundDismissed(dismissed: boolean): void;
	/** Picks a person note and makes it you (the Org section); absent where nothing can ask. */
	chooseMe?: () => Promise<void>;
}

/** What the dashboard host is built from: the index, the app's services, the property actions, the commands, the settings and the clock. */
export interface DashboardHostDeps {
	index: StakeholderIndex;
	vault: Vault;
	workspace: Workspace;
	/** The property actions (see actions.ts), shared with the commands. */
	actions: ActionDeps;
	settings: () => ManagingUpSettings;
	/** The local calendar date. */
	today: () => IsoDate;
	/** The agenda commands (agenda.ts); absent, the dashboard offers no agenda. */
	agendas?: AgendaActions;
	/** The person-note commands (person-notes.ts); absent, the dashboard creates no person note. */
	personNotes?: PersonNoteActions;
	/** Replaces the settings: `rebuild` reads the notes again at once, else they are only saved. */
	updateSettings?: (next: ManagingUpSettings, rebuild: boolean) => void;
	/** Asks the user to pick a person (the commands' picker); absent, the dashboard cannot ask who you are. */
	chooseStakeholder?: (stakeholders: readonly Stakeholder[]) => Promise<Stakeholder | null>;
}

/** createDashboardHost is what the dashboard view talks to: the index's report and the actions. */
export function createDashboardHost(deps: DashboardHostDeps): DashboardHost {
	const { actions, agendas, personNotes } = deps;
	return {
		today: deps.today,
		ready: () => deps.index.isBuilt,
		firstScreen: (today) => deps.index.firstScreen(today),
		report: (today) => deps.index.report(today),
		explanation: (today) => deps.index.explanation(today),
		revision: () => deps.index.revision,
		onChange: (listener) => deps.index.onChange(listener),
		settings: deps.settings,
		openNote: openNoteWith(deps.vault, deps.workspace),
		logContactToday: async (personPath) => {
			await logContactToday(actions, personPath);
		},
		completeFollowUp: async (item) => {
			await completeFollowUp(actions, item);
		},
		snoozeFollowUp: async (item) => {
			await snoozeFollowUp(actions, item);
		},
		completeCommitment: async (item) => {
			await completeCommitment({ vault: deps.vault, workspace: deps.workspace, today: deps.today, notify: actions.notify }, item);
		},
		openCommitment: (item) => openCommitment({ vault: deps.vault, workspace: deps.workspace, today: deps.today, notify: actions.notify }, item),
		newAgenda: agendas === undefined ? null : (personPath) => agendas.newAgenda(personPath),
		newStakeholder: personNotes === undefined ? null : () => personNotes.newStakeholder(),
		createPersonNote: async (name) => {
			if (personNotes === undefined) new Notice(`Could not create a note for ${name} here.`);
			else await personNotes.newStakeholder(name);
		},
		setMe: (name) => {
			deps.updateSettings?.({ ...deps.settings(), me: name }, true);
			return Promise.resolve();
		},
		chooseMe:
			deps.chooseStakeholder === undefined
				? undefined
				: async () => {
						const mine = await deps.chooseStakeholder?.(deps.index.report(deps.today()).stakeholders);
						if (mine) deps.updateSettings?.({ ...deps.settings(), me: mine.path }, true);
					},
		setFoundDismissed: (dismissed) => {
			if (deps.settings().foundDismissed !== dismissed) deps.updateSettings?.({ ...deps.settings(), foundDismissed: dismissed }, false);
		},
	};
}
